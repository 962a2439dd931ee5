using System.Reflection;
using System.Text;
using OncoAnswer.Harness.Runs;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests;

/// <summary>
/// The public API of OncoAnswer.Harness is what public-api.txt lists: one line per public type and member, sorted. A
/// change to the surface shows up as a diff of that file in review. After an intended change, regenerate it with
/// <c>ONCOANSWER_UPDATE_API=1 dotnet test --filter PublicApiTests</c>.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string BaselinePath = RepoPaths.Of("tests", "OncoAnswer.Harness.Tests", "public-api.txt");

    [Fact]
    public void PublicSurface_IsTheCheckedInBaseline()
    {
        var actual = string.Join('\n', Surface(typeof(Runner).Assembly)) + "\n";
        if (Environment.GetEnvironmentVariable("ONCOANSWER_UPDATE_API") == "1")
        {
            File.WriteAllText(BaselinePath, actual, new UTF8Encoding(false));
        }

        var expected = File.ReadAllText(BaselinePath).ReplaceLineEndings("\n").Split('\n');
        var got = actual.Split('\n');
        var added = got.Except(expected).ToList();
        var removed = expected.Except(got).ToList();
        Assert.True(added.Count == 0 && removed.Count == 0,
            "the public API changed (regenerate public-api.txt with ONCOANSWER_UPDATE_API=1 if that is intended):\n" +
            string.Join('\n', added.Select(l => "+ " + l).Concat(removed.Select(l => "- " + l))));
    }

    private static IEnumerable<string> Surface(Assembly assembly)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var name = Name(type);
            lines.Add($"{Kind(type)} {name}{Bases(type)}");
            foreach (var member in type.GetMembers(Declared))
            {
                if (Describe(member) is { } described)
                {
                    lines.Add($"{name}.{described}");
                }
            }

            foreach (var member in type.GetMembers(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !type.IsSealed && m is MethodBase { IsFamily: true } or PropertyInfo { GetMethod.IsFamily: true }))
            {
                if (Describe(member) is { } described)
                {
                    lines.Add($"{name}.protected {described}");
                }
            }
        }

        return lines.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
    }

    private static string? Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c => $".ctor({Parameters(c)})",
        MethodInfo m when m.IsSpecialName => null, // property and event accessors, operators are listed by their owner
        MethodInfo m when m.Name is "<Clone>$" => null,
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{(m.IsAbstract ? "abstract " : "")}{Name(m.ReturnType)} {m.Name}{(m.IsGenericMethod ? "<" + string.Join(", ", m.GetGenericArguments().Select(Name)) + ">" : "")}({Parameters(m)})",
        PropertyInfo p => $"{((p.GetMethod ?? p.SetMethod)!.IsStatic ? "static " : "")}{Name(p.PropertyType)} {p.Name}{(p.GetIndexParameters().Length > 0 ? "[" + string.Join(", ", p.GetIndexParameters().Select(i => Name(i.ParameterType))) + "]" : "")} {{ {(p.GetMethod is { IsPublic: true } or { IsFamily: true } ? "get; " : "")}{(p.SetMethod is { IsPublic: true } or { IsFamily: true } ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? "init; " : "set; ") : "")}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}{(f.IsLiteral ? " = " + FormatConstant(f.GetRawConstantValue()) : "")}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type => null, // nested types are listed as types
        _ => null,
    };

    private static string FormatConstant(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{(p.ParameterType.IsByRef ? (p.IsOut ? "out " : p.IsIn ? "in " : "ref ") : "")}{Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue is null && p.ParameterType.IsValueType ? "default" : FormatConstant(p.DefaultValue)) : "")}"));

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" :
        type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";

    private static string Bases(Type type)
    {
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (type.IsGenericType)
        {
            name = name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }
}
