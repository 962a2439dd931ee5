using System.ComponentModel;
using OncoAnswer.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OncoAnswer.Cli.Commands;

/// <summary>Options shared by the <c>runs</c> commands.</summary>
internal class RunsSettings : CliSettings
{
    [CommandOption("--store <PATH>")]
    [Description(StoreDefaults.Help)]
    public string? Store { get; init; }
}
