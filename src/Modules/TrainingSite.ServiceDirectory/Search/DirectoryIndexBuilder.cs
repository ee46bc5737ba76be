using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.Querying;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// Analyses the published points into a <see cref="DirectoryIndex"/>: every word of the name, organisation, kind,
/// address, topics, appointment and notes, in every language the point has them in, becomes the terms the
/// guidance search makes of it (<see cref="TextAnalyzer.TermsOfWord"/>: the word, folded, base forms and stems,
/// compound parts), each remembered with the weight of the best field it occurs in.
/// </summary>
public sealed class DirectoryIndexBuilder(TextAnalyzer analyzer)
{
    /// <param name="kindName">The name of an organisation kind in a site language (the resx <c>Kind.*</c>).</param>
    public DirectoryIndex Build(
        DirectoryStamp stamp,
        IReadOnlyList<PublishedServicePoint> points,
        IReadOnlyList<RegionInfo> regions,
        IReadOnlyList<TopicInfo> topics,
        Func<string, string, string> kindName)
    {
        var entries = points.Select(p => new DirectoryEntry(p)).ToList();
        var topicNames = topics.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        var terms = new Dictionary<string, Dictionary<int, float>>(StringComparer.Ordinal);
        var words = new Dictionary<string, (string Display, HashSet<int> Points)>(StringComparer.Ordinal);
        for (var index = 0; index < entries.Count; index++)
        {
            var version = entries[index].Version;
            void Add(LocalizedText text, float weight)
            {
                foreach (var (language, value) in text)
                {
                    AddText(terms, words, index, language, value, weight);
                }
            }

            Add(version.Title, DirectoryFields.Name);
            Add(version.Organisation, DirectoryFields.Organisation);
            foreach (var language in SiteCultures.All)
            {
                AddText(terms, words, index, language, kindName(version.Kind, language), DirectoryFields.Kind);
            }

            Add(version.Street, DirectoryFields.Address);
            Add(version.City, DirectoryFields.Address);
            foreach (var topic in version.Topics)
            {
                Add(topicNames.GetValueOrDefault(topic) ?? LocalizedText.Empty, DirectoryFields.Topic);
            }

            Add(version.Appointment, DirectoryFields.Text);
            Add(version.Notes, DirectoryFields.Text);
        }

        foreach (var language in SiteCultures.All)
        {
            var comparer = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), ignoreCase: true);
            var order = entries.OrderBy(e => e.Version.Title.Resolve(language).Text, comparer).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            for (var position = 0; position < order.Count; position++)
            {
                order[position].SetNameOrder(language, position);
            }
        }

        var postings = terms.ToDictionary(
            t => t.Key,
            t => t.Value.OrderBy(p => p.Key).Select(p => new DirectoryPosting(p.Key, p.Value)).ToArray(),
            StringComparer.Ordinal);
        var vocabulary = new DirectoryVocabulary(words.ToDictionary(w => w.Key, w => new VocabularyWord(w.Value.Display, w.Value.Points.Count), StringComparer.Ordinal));
        return new DirectoryIndex(stamp, entries, postings, vocabulary, regions, topics);
    }

    private void AddText(
        Dictionary<string, Dictionary<int, float>> terms,
        Dictionary<string, (string Display, HashSet<int> Points)> words,
        int entry,
        string language,
        string? text,
        float weight)
    {
        foreach (var word in WordTokenizer.Words(text))
        {
            var folded = TextFolding.Fold(word);
            if (!words.TryGetValue(folded, out var known))
            {
                known = (word, []);
                words[folded] = known;
            }

            known.Points.Add(entry);
            foreach (var term in analyzer.TermsOfWord(language, word))
            {
                if (!terms.TryGetValue(term, out var found))
                {
                    found = [];
                    terms[term] = found;
                }

                if (!found.TryGetValue(entry, out var best) || best < weight)
                {
                    found[entry] = weight;
                }
            }
        }
    }
}
