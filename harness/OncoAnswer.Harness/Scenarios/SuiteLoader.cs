using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>
/// Loads and validates suite YAML files. Every error of a file (syntax, unknown keys, wrong types,
/// missing turns, duplicate ids) is collected and raised together as one <see cref="InputException"/>.
/// </summary>
public static partial class SuiteLoader
{
    /// <summary>Request kinds a scenario may declare in <c>expect.kind</c>.</summary>
    public static IReadOnlyList<string> RequestKinds => Evaluators.RequestKinds.Names;

    /// <summary>Loads every <c>*.yaml</c>/<c>*.yml</c> file of a folder (sorted by name) or a single file.</summary>
    public static IReadOnlyList<Suite> LoadPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                throw new InputException(new SourceLocation(path, 0, 0), "no suite files (*.yaml) in this folder; add one or pass --suite FILE.");
            }

            return LoadFiles(files);
        }

        if (File.Exists(path))
        {
            return LoadFiles([path]);
        }

        throw new InputException(new SourceLocation(path, 0, 0), "no such suite file or folder; check the --suite path.");
    }

    /// <summary>Loads several files; ids must be unique across all of them. Errors from all files are reported together.</summary>
    public static IReadOnlyList<Suite> LoadFiles(IEnumerable<string> files)
    {
        var errors = new List<InputError>();
        var suites = LoadFiles(files, errors);
        return errors.Count > 0 ? throw new InputException(errors) : suites;
    }

    /// <summary>
    /// Loads what can be loaded and adds every problem to <paramref name="errors"/>: a suite with errors still comes
    /// back with the scenarios that read cleanly, so checks of the library as a whole (statement references, category
    /// rules) see them too and <c>validate</c> lists every kind of error at once.
    /// </summary>
    public static List<Suite> LoadFiles(IEnumerable<string> files, List<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(errors);
        var suites = new List<Suite>();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = InputFiles.ReadText(file);
            }
            catch (InputException ex)
            {
                errors.AddRange(ex.Errors);
                continue;
            }

            var (suite, fileErrors) = Parse(file, text);
            errors.AddRange(fileErrors);
            if (suite is not null)
            {
                suites.Add(suite);
            }
        }

        CheckUniqueAcrossFiles(suites, errors);
        return suites;
    }

    /// <summary>Parses one suite from YAML text; <paramref name="file"/> names it in errors.</summary>
    public static Suite Load(string file, string yaml)
    {
        var (suite, errors) = Parse(file, yaml);
        return errors.Count > 0 || suite is null ? throw new InputException(errors) : suite;
    }

    private static (Suite? Suite, IReadOnlyList<InputError> Errors) Parse(string file, string yaml)
    {
        var errors = new List<InputError>();
        var root = YamlDocuments.LoadRoot(file, yaml, errors);
        if (root is null)
        {
            return (null, errors);
        }

        var reader = new YamlNodeReader(file);
        var suite = ReadSuite(reader, root);
        return (suite, reader.Errors);
    }

    private static Suite? ReadSuite(YamlNodeReader r, YamlMappingNode root)
    {
        var f = r.Fields(root, "the suite", "suite", "category", "tags", "system_prompt", "variants", "disclaimer", "scenarios");
        var name = r.RequiredString(f, root, "suite", "the suite");
        var category = r.RequiredString(f, root, "category", "the suite");
        var tags = r.StringList(f, "tags", "the suite");
        var variants = ReadVariants(r, f, "the suite");
        var systemPrompt = r.OptionalString(f, "system_prompt", "the suite");
        var suiteDisclaimerText = r.OptionalString(f, "disclaimer", "the suite");
        var suiteDisclaimer = DisclaimerPolicy.Parse(suiteDisclaimerText);
        if (suiteDisclaimerText is not null && suiteDisclaimer is null)
        {
            r.Error(f["disclaimer"], $"'disclaimer' of the suite must be one of {DisclaimerPolicy.OneOf}, not '{suiteDisclaimerText}'.");
        }

        var scenarios = new List<Scenario>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

        if (!f.TryGetValue("scenarios", out var scenariosNode))
        {
            r.Error(root, "the suite has no 'scenarios'; add a list of scenarios.");
        }
        else if (scenariosNode is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            r.Error(scenariosNode, $"'scenarios' must be a non-empty list, not {YamlNodeReader.Describe(scenariosNode)}.");
        }
        else
        {
            foreach (var item in list.Children)
            {
                var scenario = ReadScenario(r, item, name ?? "?", category ?? "?", tags, variants);
                if (scenario is null)
                {
                    continue;
                }

                if (seen.TryGetValue(scenario.Id, out var first))
                {
                    r.Error(item, $"duplicate scenario id '{scenario.Id}' (first defined at line {first.Line}); give each scenario its own id.");
                    continue;
                }

                seen[scenario.Id] = scenario.Location;
                if (suiteDisclaimer is { } policy && !scenario.Expect.DisclaimerStated)
                {
                    scenario = scenario with { Expect = scenario.Expect with { Disclaimer = policy, DisclaimerStated = true } };
                }

                scenarios.Add(scenario);
            }
        }

        return name is null || category is null ? null : new Suite(name, category, tags, systemPrompt, scenarios, r.File) { Variants = variants };
    }

    private static Scenario? ReadScenario(YamlNodeReader r, YamlNode node, string suite, string suiteCategory, IReadOnlyList<string> suiteTags, IReadOnlyList<string> suiteVariants)
    {
        if (node is not YamlMappingNode map)
        {
            r.Error(node, $"each scenario must be a mapping with 'id' and 'turns', not {YamlNodeReader.Describe(node)}.");
            return null;
        }

        var f = r.Fields(map, "a scenario", "id", "category", "tags", "turns", "patient", "expect", "variants");
        var id = r.RequiredString(f, map, "id", "a scenario");
        var what = id is null ? "a scenario" : $"scenario '{id}'";
        if (id is not null && !IdPattern().IsMatch(id))
        {
            r.Error(f["id"], $"scenario id '{id}' must use lower-case letters, digits, '.', '_' and '-' only.");
            id = null;
        }

        var category = r.OptionalString(f, "category", what) ?? suiteCategory;
        var tags = suiteTags.Concat(r.StringList(f, "tags", what)).Distinct(StringComparer.Ordinal).ToList();
        var turns = ReadTurns(r, f, map, what);
        var patient = f.TryGetValue("patient", out var patientNode) ? ReadPatient(r, patientNode, what) : null;
        var expect = f.TryGetValue("expect", out var expectNode) ? ReadExpectations(r, expectNode, what) : Expectations.Default;
        var variants = f.ContainsKey("variants") ? ReadVariants(r, f, what) : suiteVariants;

        return id is null || turns is null || expect is null
            ? null
            : new Scenario(id, suite, category, tags, turns, patient, expect, r.At(map)) { Variants = variants };
    }

    private static List<Turn>? ReadTurns(YamlNodeReader r, Dictionary<string, YamlNode> f, YamlMappingNode owner, string what)
    {
        if (!f.TryGetValue("turns", out var node))
        {
            r.Error(owner, $"{what} has no 'turns'; add at least one '- user: ...' turn.");
            return null;
        }

        if (node is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            r.Error(node, $"'turns' of {what} must be a non-empty list of '- user: ...' / '- assistant: ...' items.");
            return null;
        }

        var turns = new List<Turn>(list.Children.Count);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode { Children.Count: 1 } turnMap)
            {
                r.Error(item, $"each turn of {what} must be a single 'user: text' or 'assistant: text' entry.");
                continue;
            }

            var tf = r.Fields(turnMap, $"a turn of {what}", "user", "assistant");
            foreach (var (key, _) in tf)
            {
                var text = r.OptionalString(tf, key, $"a turn of {what}");
                if (text is null)
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    r.Error(item, $"a turn of {what} is empty; write the message text.");
                    continue;
                }

                if (text.Length > InputLimits.Current.MaxQuestionChars)
                {
                    r.Error(item, TurnTooLong(what, text.Length));
                    continue;
                }

                turns.Add(new Turn(key == "user" ? TurnRole.User : TurnRole.Assistant, text));
            }
        }

        if (turns.Count > 0 && turns[^1].Role != TurnRole.User)
        {
            r.Error(list.Children[^1], $"the last turn of {what} must be a user turn: the answer under test replies to it.");
            return null;
        }

        return turns.Count == list.Children.Count ? turns : null;
    }

    private static PatientProfile? ReadPatient(YamlNodeReader r, YamlNode node, string what)
    {
        if (node is not YamlMappingNode map)
        {
            r.Error(node, $"'patient' of {what} must be a mapping such as {{ diagnosis: ..., treatment: ... }}.");
            return null;
        }

        var f = r.Fields(map, $"the patient of {what}", "diagnosis", "stage", "treatment", "notes");
        return new PatientProfile(
            r.OptionalString(f, "diagnosis", what),
            r.OptionalString(f, "stage", what),
            r.OptionalString(f, "treatment", what),
            r.OptionalString(f, "notes", what));
    }

    private static Expectations? ReadExpectations(YamlNodeReader r, YamlNode node, string what)
    {
        if (node is not YamlMappingNode map)
        {
            r.Error(node, $"'expect' of {what} must be a mapping such as {{ disclaimer: required }}.");
            return null;
        }

        var errorsBefore = r.Errors.Count;
        var f = r.Fields(map, $"the expectations of {what}", FieldAliases.Expect, "disclaimer", "kind", "must_have", "must_not", "rubric", "min_coverage");
        var minCoverageText = r.OptionalString(f, "min_coverage", what);
        var minCoverage = Expectations.ParseMinCoverage(minCoverageText);
        if (minCoverageText is not null && minCoverage is null)
        {
            r.Error(f["min_coverage"], $"'min_coverage' of {what} must be a share from 0 to 1 (such as 0.5) or a percentage (50%), not '{minCoverageText}'.");
        }

        var disclaimerText = r.OptionalString(f, "disclaimer", what);
        var disclaimer = DisclaimerPolicy.Parse(disclaimerText) ?? DisclaimerExpectation.Required;
        if (disclaimerText is not null && DisclaimerPolicy.Parse(disclaimerText) is null)
        {
            r.Error(f["disclaimer"], $"'disclaimer' of {what} must be one of {DisclaimerPolicy.OneOf}, not '{disclaimerText}'.");
        }

        var kind = r.OptionalString(f, "kind", what);
        if (kind is not null && !RequestKinds.Contains(kind))
        {
            var hint = Suggest.Closest(kind, RequestKinds);
            r.Error(f["kind"], $"'kind' of {what} must be one of {string.Join(", ", RequestKinds)}, not '{kind}'" + (hint is null ? "." : $"; did you mean '{hint}'?"));
        }

        var rubric = f.TryGetValue("rubric", out var rubricNode) ? ReadRubric(r, rubricNode, what) : [];
        var mustHave = r.PositionedStringList(f, "must_have", what);
        var mustNot = r.PositionedStringList(f, "must_not", what);
        var references = mustHave.Select(m => new StatementReference(m.Value, "must_have", m.Location))
            .Concat(mustNot.Select(m => new StatementReference(m.Value, "must_not", m.Location)))
            .ToList();
        var expectations = new Expectations(disclaimer, kind, mustHave.Select(m => m.Value).ToList(), mustNot.Select(m => m.Value).ToList(), rubric)
        {
            References = references,
            DisclaimerStated = disclaimerText is not null,
            MinCoverage = minCoverage,
        };
        return r.Errors.Count > errorsBefore ? null : expectations;
    }

    private static List<RubricCriterion> ReadRubric(YamlNodeReader r, YamlNode node, string what)
    {
        var criteria = new List<RubricCriterion>();
        if (node is not YamlSequenceNode list)
        {
            r.Error(node, $"'rubric' of {what} must be a list of {{ criterion, points, tags }} items.");
            return criteria;
        }

        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                r.Error(item, $"each rubric item of {what} must be a mapping with 'criterion' and 'points'.");
                continue;
            }

            var f = r.Fields(map, $"a rubric item of {what}", "criterion", "points", "tags", "match");
            var criterion = r.RequiredString(f, map, "criterion", $"a rubric item of {what}");
            var points = r.OptionalInt(f, "points", $"a rubric item of {what}");
            if (!f.ContainsKey("points"))
            {
                r.Error(map, $"a rubric item of {what} is missing 'points' (−10..10, not 0).");
            }
            else if (points is 0 or < -10 or > 10)
            {
                r.Error(f["points"], $"'points' of a rubric item of {what} must be between -10 and 10 and not 0.");
                points = null;
            }

            var tags = r.StringList(f, "tags", $"a rubric item of {what}");
            var match = r.OptionalString(f, "match", $"a rubric item of {what}");
            if (criterion is not null && points is not null)
            {
                criteria.Add(new RubricCriterion(criterion, points.Value, tags) { Match = match });
            }
        }

        return criteria;
    }

    private static List<string> ReadVariants(YamlNodeReader r, Dictionary<string, YamlNode> f, string what)
    {
        var kinds = new List<string>();
        foreach (var (kind, location) in r.PositionedStringList(f, "variants", what))
        {
            if (VariantGenerator.Kinds.Contains(kind))
            {
                kinds.Add(kind);
                continue;
            }

            var hint = Suggest.Closest(kind, VariantGenerator.Kinds);
            r.ErrorAt(location, $"unknown variant kind '{kind}' in {what}" + (hint is null ? "." : $"; did you mean '{hint}'?") +
                $" Known kinds: {string.Join(", ", VariantGenerator.Kinds)}.");
        }

        return kinds;
    }

    private static void CheckUniqueAcrossFiles(List<Suite> suites, List<InputError> errors)
    {
        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var suite in suites)
        {
            if (!names.TryAdd(suite.Name, suite.Path))
            {
                errors.Add(new InputError(new SourceLocation(suite.Path, 1, 1), $"suite name '{suite.Name}' is also used by {names[suite.Name]}; suite names must be unique."));
            }

            foreach (var scenario in suite.Scenarios)
            {
                if (!ids.TryAdd(scenario.Id, scenario.Location))
                {
                    errors.Add(new InputError(scenario.Location, $"duplicate scenario id '{scenario.Id}' (first defined at {ids[scenario.Id]}); ids must be unique across suites."));
                }
            }
        }
    }

    /// <summary>The error for a turn over <see cref="InputLimits.MaxQuestionChars"/>.</summary>
    internal static string TurnTooLong(string what, int length) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"a turn of {what} is {length:N0} characters, over the {InputLimits.Current.MaxQuestionChars:N0}-character limit for questions; shorten it, or raise ONCOANSWER_MAX_QUESTION_CHARS.");

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
