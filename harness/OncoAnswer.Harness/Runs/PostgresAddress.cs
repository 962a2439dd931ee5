using System.Text.RegularExpressions;
using Npgsql;
using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Scenarios;

namespace OncoAnswer.Harness.Runs;

/// <summary>
/// A PostgreSQL run store named on the command line, in config or in <c>ONCOANSWER_STORE</c>: a
/// <c>postgres://user@host:port/database?sslmode=require</c> URI or an Npgsql connection string (<c>Host=…;Database=…</c>).
/// The password never appears in it: it comes from <c>PGPASSWORD</c> or a <c>${VAR}</c> reference, and a literal one is
/// refused, because the store's address is printed, logged and kept in config files.
/// </summary>
public sealed partial class PostgresAddress
{
    private PostgresAddress(NpgsqlConnectionStringBuilder builder, string location, IReadOnlyList<string> secrets)
    {
        Builder = builder;
        Location = location;
        Secrets = secrets;
    }

    /// <summary>The connection settings, password included (in memory only).</summary>
    internal NpgsqlConnectionStringBuilder Builder { get; }

    /// <summary>The address without secrets: <c>postgresql://user@host:port/database</c>.</summary>
    public string Location { get; }

    /// <summary>The resolved password (if any), to mask in messages.</summary>
    public IReadOnlyList<string> Secrets { get; }

    /// <summary>Whether <paramref name="spec"/> names a PostgreSQL store rather than a SQLite file.</summary>
    public static bool IsPostgres(string? spec)
    {
        var text = (spec ?? "").Trim();
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || ConnectionStringKey().IsMatch(text);
    }

    /// <summary>Parses <paramref name="spec"/>, resolving <c>${VAR}</c> and <c>PGPASSWORD</c> from <paramref name="environment"/>.</summary>
    public static PostgresAddress Parse(string spec, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(environment);
        var text = spec.Trim();
        var where = new SourceLocation("--store", 0, 0);
        if (SecretReference.Problem(text) is { } malformed)
        {
            throw new InputException(where, malformed);
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = text.Contains("://", StringComparison.Ordinal) ? FromUri(text) : new NpgsqlConnectionStringBuilder(text);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            throw new InputException(where, $"not a PostgreSQL address ({Mask(ex.Message, [])}); write postgres://user@host:5432/database or Host=…;Username=…;Database=….");
        }

        var errors = new List<InputError>();
        var secrets = new List<string>();
        if (!string.IsNullOrEmpty(builder.Password))
        {
            if (!Regex.IsMatch(builder.Password, @"^\$\{[A-Za-z_][A-Za-z0-9_]*\}$"))
            {
                throw new InputException(where, "the store address holds a password; never write it there (it is printed and kept in config): use PGPASSWORD or a ${VAR} reference such as postgres://user:${DB_PASSWORD}@host/db.");
            }

            builder.Password = SecretReference.Resolve(builder.Password, where, environment, errors, secrets);
        }
        else if (environment("PGPASSWORD") is { Length: > 0 } password)
        {
            builder.Password = password;
            secrets.Add(password);
        }

        foreach (var key in new[] { nameof(builder.Host), nameof(builder.Username), nameof(builder.Database) })
        {
            if (builder[key] is string value && SecretReference.HasReference(value))
            {
                builder[key] = SecretReference.Resolve(value, where, environment, errors, []);
            }
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new InputException(where, "the PostgreSQL store address names no host; write postgres://user@host:5432/database (a Unix socket folder is a host too: ?host=/var/run/postgresql).");
        }

        builder.ApplicationName ??= "oncoanswer";

        // CI runners are often busy: wait longer than Npgsql's 15 s for a connection and 30 s for a command unless the
        // address says otherwise (Timeout=, Command Timeout=, ?connect_timeout=).
        if (!spec.Contains("timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.Timeout = 60;
            builder.CommandTimeout = 300;
        }
        var location = $"postgresql://{Uri.EscapeDataString(builder.Username ?? "")}@{(builder.Host.StartsWith('/') ? Uri.EscapeDataString(builder.Host) : builder.Host)}:{builder.Port}/{Uri.EscapeDataString(builder.Database ?? builder.Username ?? "")}";
        return new PostgresAddress(builder, location, secrets);
    }

    /// <summary>Replaces every secret in <paramref name="text"/> with ***.</summary>
    public static string Mask(string text, IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(secrets);
        foreach (var secret in secrets.Where(s => s.Length > 0).OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }

    // postgres://[user[:password]@][host][:port][/database][?key=value&...], as libpq reads it.
    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        var rest = text[(text.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var builder = new NpgsqlConnectionStringBuilder();
        var query = "";
        if (rest.IndexOf('?', StringComparison.Ordinal) is var q and >= 0)
        {
            (rest, query) = (rest[..q], rest[(q + 1)..]);
        }

        if (rest.LastIndexOf('@') is var at and >= 0)
        {
            var user = rest[..at];
            rest = rest[(at + 1)..];
            var colon = user.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? user : user[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(user[(colon + 1)..]);
            }
        }

        if (rest.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0)
        {
            builder.Database = Uri.UnescapeDataString(rest[(slash + 1)..]);
            rest = rest[..slash];
        }

        var portAt = rest.StartsWith('[') ? rest.IndexOf("]:", StringComparison.Ordinal) + 1 : rest.LastIndexOf(':');
        if (portAt > 0)
        {
            builder.Port = int.Parse(rest[(portAt + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            rest = rest[..portAt];
        }

        if (rest.Length > 0)
        {
            builder.Host = Uri.UnescapeDataString(rest.Trim('[', ']'));
        }

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            builder[key switch
            {
                "host" => "Host",
                "port" => "Port",
                "user" => "Username",
                "password" => "Password",
                "dbname" => "Database",
                "sslmode" => "SSL Mode",
                "connect_timeout" => "Timeout",
                "application_name" => "Application Name",
                _ => key,
            }] = value;
        }

        return builder;
    }

    [GeneratedRegex(@"(^|;)\s*(host|server|username|user id|database|port)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringKey();
}
