using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OncoAnswer.Harness.Config;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Generators.Exec;

/// <summary>
/// A local process as a generator: the conversation is written to its stdin as JSON
/// (<c>{"scenario_id", "messages": [{"role", "content"}], "patient": {…}}</c>), the answer is read from its stdout:
/// plain text, or the object <c>{"answer": "…", "finish_reason": "stop|length"}</c> when the process knows how the
/// completion ended (a cut-off one is then a non-answer, see <see cref="NonAnswer"/>).
/// A non-zero exit is an error carrying the tail of stderr; a process that outlives the timeout is killed (with its
/// children) and the call fails as transient, so the resilience decorator may retry it.
/// </summary>
public sealed class ExecChatClient : AnswerChatClient
{
    private const int StderrTail = 400;
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string command;
    private readonly IReadOnlyList<string> arguments;
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly string? workingDirectory;
    private readonly TimeSpan timeout;
    private readonly SecretMask secrets;

    /// <summary>Creates the generator; <paramref name="secrets"/> are masked in stderr before it is cut to the tail an error quotes.</summary>
    public ExecChatClient(string command, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string? workingDirectory, TimeSpan timeout, SecretMask? secrets = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        this.command = command;
        this.arguments = arguments;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.timeout = timeout;
        this.secrets = secrets ?? new SecretMask();
    }

    /// <summary>The JSON written to the process's stdin for a conversation.</summary>
    public static string InputJson(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var patient = GeneratorRequest.Patient(options);
        var input = new Dictionary<string, object?>
        {
            ["scenario_id"] = GeneratorRequest.ScenarioId(options),
            ["messages"] = messages.Select(m => new Dictionary<string, string> { ["role"] = m.Role.Value, ["content"] = m.Text ?? "" }).ToList(),
            ["patient"] = patient is null ? null : new Dictionary<string, string?>
            {
                ["diagnosis"] = patient.Diagnosis,
                ["stage"] = patient.Stage,
                ["treatment"] = patient.Treatment,
                ["notes"] = patient.Notes,
            },
        };
        return JsonSerializer.Serialize(input, Json);
    }

    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new GeneratorException($"could not start '{command}': {ex.Message}. Check 'command' (and that the file is executable).", ex);
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timer.Token);
        var stderr = process.StandardError.ReadToEndAsync(timer.Token);
        try
        {
            try
            {
                await process.StandardInput.WriteAsync(InputJson(messages, options).AsMemory(), timer.Token).ConfigureAwait(false);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The process exited without reading its input; its exit code and stderr tell why.
            }

            await process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
            var output = await stdout.ConfigureAwait(false);
            var errors = await stderr.ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new GeneratorException(string.Create(CultureInfo.InvariantCulture, $"'{command}' exited with code {process.ExitCode}: {Tail(errors)}"));
            }

            var (answer, finishReason) = ReadOutput(output.TrimEnd());
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)) { ModelId = "exec", FinishReason = FinishReasons.Parse(finishReason) };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill(process);
            throw new TransientGeneratorException(string.Create(CultureInfo.InvariantCulture, $"'{command}' gave no answer within {timeout.TotalSeconds:0.###} s and was stopped"));
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            throw;
        }
    }

    /// <summary>
    /// The answer and finish reason of the process output: the object <c>{"answer", "finish_reason"}</c> (only those
    /// keys, answer a string) is read as such; anything else is the answer text as printed.
    /// </summary>
    internal static (string Answer, string? FinishReason) ReadOutput(string output)
    {
        if (!output.StartsWith('{'))
        {
            return (output, null);
        }

        try
        {
            using var document = JsonDocument.Parse(output);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object &&
                root.TryGetProperty("answer", out var answer) && answer.ValueKind == JsonValueKind.String &&
                root.EnumerateObject().All(p => p.Name is "answer" || (p.Name is "finish_reason" && p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null)))
            {
                var finish = root.TryGetProperty("finish_reason", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                return (answer.GetString()!, finish);
            }
        }
        catch (JsonException)
        {
            // Not JSON: the text is the answer.
        }

        return (output, null);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private string Tail(string stderr)
    {
        var text = secrets.Apply(AnsiEscapes.Strip(stderr)).Trim();
        return text.Length == 0 ? "(no output on stderr)" : text.Length <= StderrTail ? text : "…" + text[^StderrTail..];
    }
}
