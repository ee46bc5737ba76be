using System.Collections.Concurrent;

namespace TrainingSite.Search.Engine;

/// <summary>
/// Numbers strings once per process (article ids, languages, regions and topics), so per-segment arrays and
/// per-query counting work on integers. Grows with the values ever indexed by this process, never with input.
/// </summary>
public sealed class ValueIds
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
    private readonly Lock _gate = new();

    public static ValueIds Articles { get; } = new();

    /// <summary>Languages: a handful, numbered apart so that a set of them fits in the bits of an int.</summary>
    public static ValueIds Languages { get; } = new();

    /// <summary>Regions and topics: few values, one numbering.</summary>
    public static ValueIds Keywords { get; } = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _values.Count;
            }
        }
    }

    public int IdOf(string value)
    {
        if (_ids.TryGetValue(value, out var id))
        {
            return id;
        }

        lock (_gate)
        {
            if (!_ids.TryGetValue(value, out id))
            {
                id = _values.Count;
                _values.Add(value);
                _ids[value] = id;
            }

            return id;
        }
    }

    public string ValueOf(int id)
    {
        lock (_gate)
        {
            return _values[id];
        }
    }
}
