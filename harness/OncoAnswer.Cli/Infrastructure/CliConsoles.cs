using Spectre.Console;

namespace OncoAnswer.Cli.Infrastructure;

/// <summary>Where a command writes: results and progress to <see cref="Out"/>, problems to <see cref="Error"/>.</summary>
internal sealed record CliConsoles(IAnsiConsole Out, IAnsiConsole Error);
