using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace OncoAnswer.Harness.Generators;

/// <summary>
/// Recognises a response that is not an answer at all, so it gets the error verdict with the reason instead of being
/// scored as if a patient had read it: a completion the provider cut off at the token limit (finish reason
/// <c>length</c>) or blocked by its content filter, an empty text, a bare JSON or HTML body, a stack trace, a
/// placeholder (<c>null</c>, <c>undefined</c>), or a short message about the system failing ("Error: upstream model
/// unavailable, please retry later", "Request failed: 503", "The server is overloaded. Please try again later.").
/// A failure message is recognised by its shape, not by the word "error": it must open like one, or carry two
/// independent signs of a system failure, and stay short; an answer that talks about an error in a lab report does not.
/// </summary>
public static partial class NonAnswer
{
    /// <summary>Failure messages are short; a text longer than this many words is an answer whatever it mentions.</summary>
    internal const int MaxMessageWords = 60;

    /// <summary>Why <paramref name="response"/> is not an answer, or null when it is one (and should be scored).</summary>
    public static string? Reason(ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.FinishReason == ChatFinishReason.Length)
        {
            return "non-answer: the completion was cut off at the token limit (finish_reason \"length\"); raise the generator's max_tokens. Not scored as an answer.";
        }

        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            return "non-answer: the provider's content filter stopped the completion (finish_reason \"content_filter\"). Not scored as an answer.";
        }

        return Reason(response.Text);
    }

    /// <summary>Why <paramref name="text"/> is not an answer, or null when it reads as one.</summary>
    public static string? Reason(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0)
        {
            return "non-answer: the generator returned an empty answer. Not scored as an answer.";
        }

        var kind = Kind(t);
        return kind is null ? null : $"non-answer: the text is {kind}, not an answer: {Excerpt(t)}. Not scored as an answer.";
    }

    private static string? Kind(string t)
    {
        if (Placeholder().IsMatch(t))
        {
            return "a placeholder value";
        }

        if (t[0] is '{' or '[' && IsJson(t))
        {
            return "a bare JSON body";
        }

        if (HtmlDocument().IsMatch(t))
        {
            return "an HTML page";
        }

        if (StackTrace().IsMatch(t))
        {
            return "a stack trace";
        }

        if (WordCount(t) > MaxMessageWords)
        {
            return null;
        }

        if (FailureOpening().IsMatch(t))
        {
            return "an error message";
        }

        var signs = 0;
        foreach (var sign in (Regex[])[FailingSystem(), GenericFailure(), StatusCode(), RetryLater(), LimitReached()])
        {
            signs += sign.IsMatch(t) ? 1 : 0;
        }

        return signs >= 2 ? "an error message" : null;
    }

    private static bool IsJson(string t)
    {
        try
        {
            using var document = JsonDocument.Parse(t);
            return document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static int WordCount(string t)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in t)
        {
            var letter = char.IsLetterOrDigit(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    private static string Excerpt(string t)
    {
        var line = t.ReplaceLineEndings(" ");
        return "\"" + (line.Length > 100 ? line[..97] + "..." : line) + "\"";
    }

    [GeneratedRegex(@"^(null|none|nil|undefined|nan|n/a|\[object object\]|<empty>|\(empty\)|""""|'')$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(<!doctype html|<html\b|<\?xml\b|<head\b|<body\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlDocument();

    [GeneratedRegex(@"^(traceback \(most recent call last\)|(unhandled |uncaught )?([a-z_][\w.]*\.)?[a-z]\w*(exception|error): .*\n\s+at\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StackTrace();

    // The text opens the way a failure report does: "Error: …", "ERROR 503", "Request failed: …", "HTTP 502 …",
    // "503 Service Unavailable", "Internal Server Error", "Something went wrong", "An error occurred …".
    [GeneratedRegex(
        @"^[\s\W]*(sorry[,.!]?\s+|oops[,.!]?\s+|we'?re sorry[,.!]?\s+)?(" +
        @"(fatal\s+|internal\s+|unexpected\s+|server\s+|api\s+|upstream\s+)?(error|err|exception|failure)\s*(\d{3}\b|[:\-\u2013\u2014(\[#]|code\b)" +
        @"|(the\s+)?(request|call|generation|completion|upstream|api|server|service|connection|model)(\s+\w+)?\s+(request\s+)?(failed|errored|timed\s+out|error)\b" +
        @"|(http|status)\s*(code\s*)?[45]\d{2}\b" +
        @"|[45]\d{2}\s*[:\-]?\s*(service\s+unavailable|bad\s+gateway|gateway\s+time-?out|internal\s+server\s+error|too\s+many\s+requests|not\s+found|unauthori[sz]ed|forbidden|bad\s+request|request\s+timeout)" +
        @"|(internal\s+server\s+error|service\s+(temporarily\s+)?unavailable|bad\s+gateway|gateway\s+time-?out|too\s+many\s+requests|rate\s+limit(ed|\s+exceeded|\s+reached)?)\b" +
        @"|(the\s+)?(assistant|chatbot|model|service|server|api|upstream(\s+model)?)\s+is\s+(currently\s+|temporarily\s+)?(unavailable|overloaded|down|unreachable|not\s+available)\b" +
        @"|(failed|unable)\s+to\s+(generate|get|fetch|load|connect|reach|complete|process|produce|retrieve)\s+(a\s+|the\s+)?(response|answer|completion|reply|request|server|model|service|api)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FailureOpening();

    // Signs that the system, not the patient's body or lab, is failing: each one alone is too weak.
    [GeneratedRegex(
        @"\b(upstream|server|model|backend|api|endpoint|gateway|provider|assistant|chatbot)s?\b(\s+\w+){0,3}?\s+(is\s+|was\s+|are\s+)?(currently\s+|temporarily\s+)?(unavailable|overloaded|down|unreachable|not\s+responding|not\s+available|busy|at\s+capacity|error|timed\s+out|failed)\b" +
        @"|\b(server|internal|network|connection|api|upstream|gateway)\s+error\b|\bconnection\s+(refused|reset|timed\s+out)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FailingSystem();

    [GeneratedRegex(@"\bsomething\s+went\s+wrong\b|\ban?\s+(unexpected\s+|internal\s+|unknown\s+)?error\s+(has\s+)?(occurred|occured|happened)\b|\b(could\s*n[o']t|cannot|can't|unable\s+to|failed\s+to)\s+(generate|produce|complete|get|fetch|retrieve)\s+(a\s+|the\s+|your\s+)?(response|answer|completion|reply)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericFailure();

    [GeneratedRegex(@"\b(http|status(\s+code)?|error(\s+code)?|code)\s*:?\s*[45]\d{2}\b|\b[45]\d{2}\s+(service\s+unavailable|bad\s+gateway|internal\s+server\s+error|too\s+many\s+requests)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusCode();

    [GeneratedRegex(@"\b(please\s+)?(retry|try\s+again|resubmit|try\s+your\s+request\s+again)(\s+\w+){0,2}?\s+(later|shortly|in\s+a\s+(few\s+)?(moment|minute|while)s?)\b|\bplease\s+(retry|try\s+again)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetryLater();

    [GeneratedRegex(@"\b(rate[\s_-]+limit|quota|too\s+many\s+requests|context[\s_-]+length|maximum\s+context|token\s+limit|max(imum)?[\s_-]+tokens)\b|\b(invalid|missing|expired)\s+api\s+key\b|\btimed\s+out\b|\btimeout\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LimitReached();
}
