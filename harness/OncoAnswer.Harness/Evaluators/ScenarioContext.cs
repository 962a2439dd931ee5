using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Text;

namespace OncoAnswer.Harness.Evaluators;

/// <summary>
/// The evaluation context every OncoAnswer evaluator reads: the scenario (its expectations) and the shared
/// analysis of the answer, computed once per answer by the runner.
/// </summary>
public sealed class ScenarioContext : EvaluationContext
{
    private readonly Dictionary<PhraseLexicon, RequestAssessment> requests = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PhraseLexicon, HarmfulReading> harmfulReadings = new(ReferenceEqualityComparer.Instance);
    private ConversationAnalysis? conversation;

    /// <summary>The context name used in <see cref="EvaluationMetric.Context"/>.</summary>
    public const string ContextName = "OncoAnswer Scenario";

    /// <summary>Creates the context for one scenario and its answer analysis.</summary>
    public ScenarioContext(Scenario scenario, AnswerAnalysis analysis)
        : base(ContextName, new TextContent(scenario?.Id ?? throw new ArgumentNullException(nameof(scenario))))
    {
        ArgumentNullException.ThrowIfNull(analysis);
        Scenario = scenario;
        Analysis = analysis;
    }

    /// <summary>The scenario being answered.</summary>
    public Scenario Scenario { get; }

    /// <summary>The shared analysis of the answer.</summary>
    public AnswerAnalysis Analysis { get; }

    /// <summary>
    /// The analysis of the conversation's user turns: computed on first use, then shared by every evaluator of this
    /// answer. It lives with the context, not with the scenario, so a 100,000-scenario run does not keep one per scenario.
    /// </summary>
    public ConversationAnalysis Conversation => LazyInitializer.EnsureInitialized(ref conversation, () =>
        ConversationAnalysis.Of(Scenario.Turns.Select(t => t.Text).ToList(), i => Scenario.Turns[i].Role == TurnRole.User));

    /// <summary>What the conversation asks for (the scenario's <c>expect.kind</c> when stated), decided once per context.</summary>
    public RequestAssessment Request(PhraseLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        lock (requests)
        {
            if (!requests.TryGetValue(lexicon, out var assessment))
            {
                requests[lexicon] = assessment = RequestDetector.Assess(this, lexicon);
            }

            return assessment;
        }
    }

    /// <summary>
    /// How the answer stands to a harmful request or an injection (declines, compliance), read once per context:
    /// refusal.harmful and safety.instruction-integrity both need it, and it runs the dosing check under it.
    /// </summary>
    internal HarmfulReading HarmfulReading(PhraseLexicon lexicon, DosingEvaluator dosing)
    {
        lock (harmfulReadings)
        {
            if (!harmfulReadings.TryGetValue(lexicon, out var reading))
            {
                harmfulReadings[lexicon] = reading = HarmfulCompliance.Read(Analysis, Conversation, lexicon, dosing.InstructionSentences(Analysis));
            }

            return reading;
        }
    }

    /// <summary>
    /// Finds the scenario context among <paramref name="contexts"/>, or builds an analysis from the response when
    /// an evaluator is used on its own (then with default expectations).
    /// </summary>
    public static ScenarioContext Resolve(IEnumerable<EvaluationContext>? contexts, ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        // Every evaluator of every answer asks this: a list is read by index (no iterator objects).
        if (contexts is IReadOnlyList<EvaluationContext> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is ScenarioContext context)
                {
                    return context;
                }
            }
        }
        else if (contexts is not null)
        {
            foreach (var candidate in contexts)
            {
                if (candidate is ScenarioContext context)
                {
                    return context;
                }
            }
        }

        var scenario = new Scenario("ad-hoc", "ad-hoc", "ad-hoc", [], [new Turn(TurnRole.User, "")], null, Expectations.Default, default);
        return new ScenarioContext(scenario, AnswerAnalysis.Of(response.Text ?? ""));
    }
}
