using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using OncoAnswer.Harness.Guidelines;

namespace OncoAnswer.Harness.Generators.Reference;

/// <summary>
/// An in-memory Lucene.Net index of the knowledge base's statements, ranked with BM25. A statement is indexed with
/// its text, key terms, synonyms and tags, analysed by the English analyser (stemming, stop words) plus words that
/// appear in almost every question here ("cancer", "breast") and so would only add noise to the ranking.
/// </summary>
internal sealed class StatementIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IdField = "id";
    private const string TextField = "text";

    private static readonly string[] DomainStopWords =
    [
        "cancer", "cancers", "breast", "patient", "patients", "can", "could", "would", "should", "do", "does", "done",
        "i", "me", "my", "you", "your", "what", "how", "which", "when", "have", "has", "been", "am", "im", "please", "about",
    ];

    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly KnowledgeBase knowledgeBase;

    /// <summary>Indexes every statement of <paramref name="knowledgeBase"/>.</summary>
    public StatementIndex(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        this.knowledgeBase = knowledgeBase;
        var stopWords = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet.Count + DomainStopWords.Length, ignoreCase: true);
        stopWords.UnionWith(EnglishAnalyzer.DefaultStopSet);
        stopWords.UnionWith(DomainStopWords);
        analyzer = new EnglishAnalyzer(Version, stopWords);
        var config = new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var statement in knowledgeBase.Statements)
            {
                var text = string.Join(" ", [statement.Text, .. statement.KeyTerms, .. statement.Synonyms, .. statement.Tags]);
                writer.AddDocument(new Document
                {
                    new StringField(IdField, statement.Id, Field.Store.YES),
                    new TextField(TextField, text, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>
    /// The statements of <paramref name="kind"/> most relevant to <paramref name="question"/>, best first: at most
    /// <paramref name="limit"/>, and only those scoring at least <paramref name="relativeCutoff"/> of the best.
    /// </summary>
    public IReadOnlyList<GuidelineStatement> Search(string question, StatementKind kind, int limit = 3, double relativeCutoff = 0.4)
    {
        ArgumentNullException.ThrowIfNull(question);
        var query = Parse(question);
        if (query is null || knowledgeBase.Statements.Count == 0)
        {
            return [];
        }

        var hits = searcher.Search(query, Math.Max(limit * 4, 10)).ScoreDocs;
        var found = new List<(GuidelineStatement Statement, float Score)>();
        foreach (var hit in hits)
        {
            var id = searcher.Doc(hit.Doc).Get(IdField);
            if (knowledgeBase.TryGet(id, out var statement) && statement.Kind == kind)
            {
                found.Add((statement, hit.Score));
            }
        }

        if (found.Count == 0)
        {
            return [];
        }

        var best = found[0].Score;
        return found.Where(f => f.Score >= best * relativeCutoff).Take(limit).Select(f => f.Statement).ToList();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }

    private Query? Parse(string question)
    {
        // QueryParser is not thread-safe; one per search is cheap. Escaping keeps user text from being query syntax.
        var parser = new QueryParser(Version, TextField, analyzer) { DefaultOperator = Operator.OR };
        try
        {
            var query = parser.Parse(QueryParserBase.Escape(question.Replace('\n', ' ')));
            return query is BooleanQuery { Clauses.Count: 0 } ? null : query;
        }
        catch (ParseException)
        {
            return null;
        }
    }
}
