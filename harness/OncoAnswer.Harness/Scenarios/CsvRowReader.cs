using System.Globalization;
using OncoAnswer.Harness.Guidelines;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>Turns one CSV row into a <see cref="Scenario"/>, adding each problem at its row and column.</summary>
internal static class CsvRowReader
{
    public static Scenario? Read(CsvRow row, string suite, KnowledgeBase? knowledgeBase, List<InputError> errors)
    {
        var before = errors.Count;
        var id = row.Cell(CsvColumns.Id).Trim();
        if (id.Length == 0)
        {
            errors.Add(new InputError(row.At(CsvColumns.Id), "the scenario has no id; give it one such as 'lifestyle-002'."));
        }
        else if (!CsvSuiteReader.IdPattern().IsMatch(id))
        {
            errors.Add(new InputError(row.At(CsvColumns.Id), $"scenario id '{id}' must use lower-case letters, digits, '.', '_' and '-' only."));
        }

        var turns = CsvTurns.Parse(row.Cell(CsvColumns.Turns), out var turnProblem);
        if (turnProblem is not null)
        {
            errors.Add(new InputError(row.At(CsvColumns.Turns), turnProblem));
        }
        else if (turns?.FirstOrDefault(t => t.Text.Length > InputLimits.Current.MaxQuestionChars) is { } longTurn)
        {
            errors.Add(new InputError(row.At(CsvColumns.Turns), SuiteLoader.TurnTooLong($"scenario '{id}'", longTurn.Text.Length)));
            turns = null;
        }

        var expect = ReadExpectations(row, id, knowledgeBase, errors);
        var variants = row.List(CsvColumns.Variants);
        foreach (var kind in variants.Where(k => !VariantGenerator.Kinds.Contains(k)))
        {
            var hint = Suggest.Closest(kind, VariantGenerator.Kinds);
            errors.Add(new InputError(row.At(CsvColumns.Variants), $"unknown variant kind '{kind}'" + (hint is null ? "." : $"; did you mean '{hint}'?") + $" Known kinds: {string.Join(", ", VariantGenerator.Kinds)}."));
        }

        var patient = new PatientProfile(
            Optional(row, CsvColumns.PatientDiagnosis),
            Optional(row, CsvColumns.PatientStage),
            Optional(row, CsvColumns.PatientTreatment),
            Optional(row, CsvColumns.PatientNotes));
        var category = Optional(row, CsvColumns.Category)?.Trim() ?? suite;
        return errors.Count > before || turns is null
            ? null
            : new Scenario(id, suite, category, row.List(CsvColumns.Tags).Distinct(StringComparer.Ordinal).ToList(), turns,
                patient == new PatientProfile(null, null, null, null) ? null : patient, expect, SourceLocation.InTable(row.At(CsvColumns.Id).File, row.Number))
            {
                Variants = variants,
            };
    }

    private static Expectations ReadExpectations(CsvRow row, string id, KnowledgeBase? knowledgeBase, List<InputError> errors)
    {
        var disclaimerCell = row.Cell(CsvColumns.Disclaimer).Trim();
        var disclaimer = disclaimerCell.Length == 0
            ? DisclaimerExpectation.Required
            : DisclaimerPolicy.Parse(disclaimerCell) ?? Add(errors, row.At(CsvColumns.Disclaimer), $"disclaimer must be one of {DisclaimerPolicy.OneOf}, not '{disclaimerCell}'.", DisclaimerExpectation.Required);
        var kind = Optional(row, CsvColumns.Kind)?.Trim();
        if (kind is not null && !SuiteLoader.RequestKinds.Contains(kind))
        {
            var hint = Suggest.Closest(kind, SuiteLoader.RequestKinds);
            errors.Add(new InputError(row.At(CsvColumns.Kind), $"kind must be one of {string.Join(", ", SuiteLoader.RequestKinds)}, not '{kind}'" + (hint is null ? "." : $"; did you mean '{hint}'?")));
        }

        var mustHave = row.List(CsvColumns.MustHave);
        var mustNot = row.List(CsvColumns.MustNot);
        var references = mustHave.Select(m => new StatementReference(m, CsvColumns.MustHave, row.At(CsvColumns.MustHave)))
            .Concat(mustNot.Select(m => new StatementReference(m, CsvColumns.MustNot, row.At(CsvColumns.MustNot))))
            .ToList();
        var minCoverageCell = Optional(row, CsvColumns.MinCoverage);
        var minCoverage = Expectations.ParseMinCoverage(minCoverageCell);
        if (minCoverageCell is not null && minCoverage is null)
        {
            errors.Add(new InputError(row.At(CsvColumns.MinCoverage), $"min_coverage must be a share from 0 to 1 (such as 0.5) or a percentage (50%), not '{minCoverageCell.Trim()}'."));
        }

        var expectations = new Expectations(disclaimer, kind, mustHave, mustNot, ReadRubric(row, errors)) { References = references, MinCoverage = minCoverage };
        if (knowledgeBase is not null)
        {
            var probe = new Scenario(id, "", "", [], [new Turn(TurnRole.User, "?")], null, expectations, row.At(CsvColumns.Id));
            foreach (var error in LibraryValidator.CheckReferences(probe, knowledgeBase))
            {
                // The row already says where; keep the message short: "unknown statement id 'mbc.x'; did you mean ...".
                errors.Add(error with { Message = error.Message.Replace($" in {error.Location.ColumnName} of scenario '{id}'", "", StringComparison.Ordinal) });
            }
        }

        return expectations;
    }

    private static List<RubricCriterion> ReadRubric(CsvRow row, List<InputError> errors)
    {
        var criteria = new List<RubricCriterion>();
        foreach (var line in row.Cell(CsvColumns.Rubric).Split('\n').Where(l => l.Trim().Length > 0))
        {
            var parts = line.Split('|', 3);
            if (parts.Length != 3)
            {
                errors.Add(new InputError(row.At(CsvColumns.Rubric), $"rubric line '{line.Trim()}' must read 'points | tag, tag | criterion'."));
                continue;
            }

            if (!int.TryParse(parts[0].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var points) || points is 0 or < -10 or > 10)
            {
                errors.Add(new InputError(row.At(CsvColumns.Rubric), $"rubric points '{parts[0].Trim()}' must be a whole number between -10 and 10, not 0."));
                continue;
            }

            var criterion = parts[2].StartsWith(' ') ? parts[2][1..] : parts[2];
            if (criterion.Trim().Length == 0)
            {
                errors.Add(new InputError(row.At(CsvColumns.Rubric), "a rubric line has no criterion text after the second '|'."));
                continue;
            }

            criteria.Add(new RubricCriterion(criterion, points, parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        }

        return criteria;
    }

    private static string? Optional(CsvRow row, string column)
    {
        var cell = row.Cell(column);
        return cell.Length == 0 ? null : cell;
    }

    private static T Add<T>(List<InputError> errors, SourceLocation location, string message, T fallback)
    {
        errors.Add(new InputError(location, message));
        return fallback;
    }
}
