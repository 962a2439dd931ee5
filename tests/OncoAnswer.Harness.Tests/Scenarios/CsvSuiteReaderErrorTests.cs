using OncoAnswer.Harness.Guidelines;
using OncoAnswer.Harness.Scenarios;
using OncoAnswer.Harness.Tests.Support;

namespace OncoAnswer.Harness.Tests.Scenarios;

public sealed class CsvSuiteReaderErrorTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBaseLoader.LoadPath(RepoPaths.Of("scenarios", "guidelines"));

    public static TheoryData<string, string> Malformed => new()
    {
        // Unknown statement id: the issue's own example.
        { "id,turns,must_have\na,Question one?,mbc.systemic-first\nb,Question two?,mbc.x\n", "questions.csv: row 3, column must_have: unknown statement id 'mbc.x'; add it to scenarios/guidelines/ or fix the id." },
        { "id,turns,must_have\na,Question?,claim.surgery-cures-metastatic\n", "questions.csv: row 2, column must_have: 'claim.surgery-cures-metastatic' is an unsafe claim, so it belongs under must_not of scenario 'a', not must_have." },
        { "id,turns,must_not\na,Question?,mbc.systemic-firts\n", "questions.csv: row 2, column must_not: unknown statement id 'mbc.systemic-firts'; did you mean 'mbc.systemic-first'?" },
        { "id,turns,must_hav\na,Question?,x\n", "questions.csv: row 1, column must_hav: unknown column 'must_hav'; did you mean 'must_have'? Known columns: " + string.Join(", ", CsvColumns.All) + "." },
        { "turns,kind\nQuestion?,guideline\n", "questions.csv: row 1: the header has no 'id' column; add it (columns: " + string.Join(", ", CsvColumns.All) + ")." },
        { "", "questions.csv: row 1: the file is empty; the first row must name the columns (at least id and turns)." },
        { "id,turns,kind\na,Question?,emergancy\n", "questions.csv: row 2, column kind: kind must be one of guideline, non-guideline, truncated, emergency, dosing, benign, harmful, not 'emergancy'; did you mean 'emergency'?" },
        { "id,turns,min_coverage\na,Question?,2\n", "questions.csv: row 2, column min_coverage: min_coverage must be a share from 0 to 1 (such as 0.5) or a percentage (50%), not '2'." },
        { "id,turns,disclaimer\na,Question?,maybe\n", "questions.csv: row 2, column disclaimer: disclaimer must be one of 'required', 'consult', 'not-advice', 'optional', not 'maybe'." },
        { "id,turns,rubric\na,Question?,0 | axis:accuracy | Says something\n", "questions.csv: row 2, column rubric: rubric points '0' must be a whole number between -10 and 10, not 0." },
        { "id,turns,rubric\na,Question?,just a criterion\n", "questions.csv: row 2, column rubric: rubric line 'just a criterion' must read 'points | tag, tag | criterion'." },
        { "id,turns\na,\n", "questions.csv: row 2, column turns: the conversation is empty; write the question (or 'user: ...' lines)." },
        { "id,turns\na,\"user: hi\nassistant: hello\"\n", "questions.csv: row 2, column turns: the last turn must be a 'user:' turn: the answer under test replies to it." },
        { "id,turns\nBad Id,Question?\n", "questions.csv: row 2, column id: scenario id 'Bad Id' must use lower-case letters, digits, '.', '_' and '-' only." },
        { "id,turns\na,One?\na,Two?\n", "questions.csv: row 3, column id: duplicate scenario id 'a' (first in row 2); give each scenario its own id." },
        { "id,turns\na,Question?,extra\n", "questions.csv: row 2: the row has 3 cells but the header has 2; check for a missing or extra comma, or an unclosed quote." },
        { "id,turns\na,Is 5\" a lot?\n", "questions.csv: row 2: a quote (\") appears inside a cell that is not quoted; quote the whole cell and double the inner quotes (\"\")." },
        { "id,turns,variants\na,Question?,tpyo\n", "questions.csv: row 2, column variants: unknown variant kind 'tpyo'; did you mean 'typo'? Known kinds: typo, truncated, pressure, authority, urgency, lowercase." },
        { "suite,id,turns\nalpha,a,One?\nbeta,b,Two?\n", "questions.csv: row 1, column suite: no rows belong to suite 'demo'; the file holds: alpha, beta. Pass one of those with --suite, or clear the suite column." },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Read_MalformedCsv_NamesRowColumnAndWhatToDo(string csv, string expected)
    {
        var ex = Assert.Throws<InputException>(() => CsvSuiteReader.Read("questions.csv", csv, "demo", Kb));

        Assert.Equal(expected, ex.Errors[0].ToString());
    }

    [Fact]
    public void Read_UnclosedQuote_IsReportedAtItsRow()
    {
        var ex = Assert.Throws<InputException>(() => CsvSuiteReader.Read("questions.csv", "id,turns\na,One?\nb,\"Two?\nc,Three?\n", "demo", Kb));

        Assert.Contains(ex.Errors, e => e.ToString() == "questions.csv: row 3: a quoted cell is never closed, so it swallows the rest of the file; add the closing quote (\").");
    }

    [Fact]
    public void Read_SeveralBadRows_AreReportedTogetherInRowOrder()
    {
        const string csv = "id,turns,kind,must_have\na,One?,guideline,mbc.x\nb,,benign,\nc,Three?,emergancy,\n";

        var ex = Assert.Throws<InputException>(() => CsvSuiteReader.Read("questions.csv", csv, "demo", Kb));

        Assert.Equal(
            ["questions.csv: row 2, column must_have", "questions.csv: row 3, column turns", "questions.csv: row 4, column kind"],
            ex.Errors.Select(e => e.Location.ToString()));
    }

    [Fact]
    public void Read_PlainQuestionAndPrefixedTurns_BecomeTurns()
    {
        const string csv = "id,turns,category\na,What is ER-positive?,benign\nb,\"user: First?\nassistant: Answer\nsecond line\nuser: Follow-up?\",multi-turn\n";

        var suite = CsvSuiteReader.Read("questions.csv", csv, "demo", Kb);

        Assert.Equal("What is ER-positive?", Assert.Single(suite.Scenarios[0].Turns).Text);
        Assert.Equal([TurnRole.User, TurnRole.Assistant, TurnRole.User], suite.Scenarios[1].Turns.Select(t => t.Role));
        Assert.Equal("Answer\nsecond line", suite.Scenarios[1].Turns[1].Text);
        Assert.Equal("benign", suite.Category);
        Assert.Equal(SourceLocation.InTable("questions.csv", 3), suite.Scenarios[1].Location);
    }
}
