using System.Text;
using System.Text.Json;
using OncoAnswer.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>
/// <c>oncoanswer config show</c>: the effective settings of a run (defaults &lt; oncoanswer.yaml &lt; ONCOANSWER_*
/// &lt; flags), each with the layer it came from, then the generators with their settings. Secrets are never
/// printed: <c>${VAR}</c> references stay references and literal secret values are shown as ***.
/// </summary>
internal sealed class ConfigShowCommand(CliConsoles consoles, CliEnvironment environment) : Command<ConfigShowSettings>
{
    public override int Execute(CommandContext context, ConfigShowSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var effective = EffectiveConfig.Resolve(settings, environment.Get);
        if (settings.Json)
        {
            consoles.Out.WriteLine(Json(effective));
            return ExitCodes.Passed;
        }

        var plain = !consoles.Out.Profile.Capabilities.Ansi;
        var table = new Table { Border = plain ? TableBorder.Ascii : TableBorder.Rounded };
        table.AddColumn("setting").AddColumn("value").AddColumn("from");
        foreach (var (key, value, source) in effective.Rows())
        {
            table.AddRow(Markup.Escape(key), Markup.Escape(value), Markup.Escape(source));
        }

        consoles.Out.Write(table);
        consoles.Out.WriteLine("generators:");
        foreach (var line in GeneratorListing.Lines(effective.Config).Skip(1))
        {
            consoles.Out.WriteLine("  " + line);
        }

        consoles.Out.WriteLine("precedence: default < oncoanswer.yaml < ONCOANSWER_* environment variables < flags");
        return ExitCodes.Passed;
    }

    private static string Json(EffectiveConfig effective)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            foreach (var (key, value, source) in effective.Rows())
            {
                w.WriteStartObject(key);
                w.WriteString("value", value);
                w.WriteString("source", source);
                w.WriteEndObject();
            }

            w.WritePropertyName("generators");
            GeneratorListing.Json(w, effective.Config);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
