using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.Querying;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// Makes the <see cref="DirectoryIndex"/>. <see cref="Analyse"/> turns every word of a point's name, organisation,
/// kind, address, topics, appointment and notes, in every language the point has them in, into the terms the
/// guidance search makes of it (<see cref="TextAnalyzer.TermsOfWord"/>: the word, folded, base forms and stems,
/// compound parts), each with the weight of the best field it occurs in; <see cref="Build"/> puts the points'
/// analyses together into the inverted index, the vocabulary and the name order.
/// </summary>
public sealed class DirectoryIndexBuilder(TextAnalyzer analyzer)
{
    /// <param name="topicNames">The topics' names by id (the snapshot's).</param>
    /// <param name="kindName">The name of an organisation kind in a site language (the resx <c>Kind.*</c>).</param>
    public PointAnalysis Analyse(ServicePointVersion version, IReadOnlyDictionary<string, LocalizedText> topicNames, Func<string, string, string> kindName)
    {
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(LocalizedText text, float weight)
        {
            foreach (var (language, value) in text)
            {
                AddText(terms, words, language, value, weight);
            }
        }

        Add(version.Title, DirectoryFields.Name);
        Add(version.Organisation, DirectoryFields.Organisation);
        foreach (var language in SiteCultures.All)
        {
            AddText(terms, words, language, kindName(version.Kind, language), DirectoryFields.Kind);
        }

        Add(version.Street, DirectoryFields.Address);
        Add(version.City, DirectoryFields.Address);
        foreach (var topic in version.Topics)
        {
            Add(topicNames.GetValueOrDefault(topic) ?? LocalizedText.Empty, DirectoryFields.Topic);
        }

        Add(version.Appointment, DirectoryFields.Text);
        Add(version.Notes, DirectoryFields.Text);
        return new PointAnalysis(terms, words);
    }

    public static DirectoryIndex Build(DirectoryStamp stamp, IReadOnlyList<DirectoryEntry> entries, IReadOnlyList<RegionInfo> regions, IReadOnlyList<TopicInfo> topics)
    {
        var postings = new Dictionary<string, List<DirectoryPosting>>(StringComparer.Ordinal);
        var words = new Dictionary<string, (string Display, int Points)>(StringComparer.Ordinal);
        for (var index = 0; index < entries.Count; index++)
        {
            foreach (var (term, weight) in entries[index].Analysis.Terms)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    list = [];
                    postings[term] = list;
                }

                list.Add(new DirectoryPosting(index, weight));
            }

            foreach (var (folded, display) in entries[index].Analysis.Words)
            {
                words[folded] = words.TryGetValue(folded, out var known) ? (known.Display, known.Points + 1) : (display, 1);
            }
        }

        var nameOrder = SiteCultures.All.ToDictionary(language => language, language => NameOrder(entries, language), StringComparer.Ordinal);
        var vocabulary = new DirectoryVocabulary(words.ToDictionary(w => w.Key, w => new VocabularyWord(w.Value.Display, w.Value.Points), StringComparer.Ordinal));
        return new DirectoryIndex(stamp, entries, postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), vocabulary, nameOrder, regions, topics);
    }

    /// <summary>Each entry's place (by its position) among all sorted by name in a site language.</summary>
    private static int[] NameOrder(IReadOnlyList<DirectoryEntry> entries, string language)
    {
        var comparer = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), ignoreCase: true);
        var sorted = Enumerable.Range(0, entries.Count)
            .OrderBy(i => entries[i].Version.Title.Resolve(language).Text, comparer)
            .ThenBy(i => entries[i].Id, StringComparer.Ordinal)
            .ToList();
        var order = new int[entries.Count];
        for (var position = 0; position < sorted.Count; position++)
        {
            order[sorted[position]] = position;
        }

        return order;
    }

    private void AddText(Dictionary<string, float> terms, Dictionary<string, string> words, string language, string? text, float weight)
    {
        foreach (var word in WordTokenizer.Words(text))
        {
            words.TryAdd(TextFolding.Fold(word), word);
            foreach (var term in analyzer.TermsOfWord(language, word))
            {
                if (!terms.TryGetValue(term, out var best) || best < weight)
                {
                    terms[term] = weight;
                }
            }
        }
    }
}
