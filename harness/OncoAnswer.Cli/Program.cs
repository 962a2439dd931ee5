using OncoAnswer.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C stops the run gracefully (finished results are written, exit 130); a second one kills.
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

var console = OncoAnswerApp.CreateConsole(Console.Out, terminal: !Console.IsOutputRedirected);
var errors = OncoAnswerApp.CreateConsole(Console.Error, terminal: !Console.IsErrorRedirected);
return await OncoAnswerApp.RunAsync(args, console, errors, cancellation.Token);
