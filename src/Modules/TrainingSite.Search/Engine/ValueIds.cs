using System.Collections.Concurrent;

namespace TrainingSite.Search.Engine;

/// <summary>
/// Numbers strings once per process (article ids, languages, regions and topics), so per-segment arrays and
/// per-query counting work on integers. Grows with the values ever indexed by this process, never with input.
/// </summary>
public sealed class ValueIds
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// Read without a lock (every match of every query reads it): a value is written before its id is handed out,
    /// and a full array is replaced by a copy twice its size, so an id handed out is in whichever array a reader sees.
    /// </summary>
    private volatile string[] _values = new string[16];
    private volatile int _count;

    public static ValueIds Articles { get; } = new();

    /// <summary>Languages: a handful, numbered apart so that a set of them fits in the bits of an int.</summary>
    public static ValueIds Languages { get; } = new();

    /// <summary>Regions and topics: few values, one numbering.</summary>
    public static ValueIds Keywords { get; } = new();

    public int Count => _count;

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
                id = _count;
                if (id == _values.Length)
                {
                    var grown = new string[id * 2];
                    Array.Copy(_values, grown, id);
                    _values = grown;
                }

                _values[id] = value;
                _count = id + 1;
                _ids[value] = id;
            }

            return id;
        }
    }

    /// <summary>The id of a value already numbered, or -1: for values from input, which must not grow the numbering.</summary>
    public int Find(string value) => _ids.TryGetValue(value, out var id) ? id : -1;

    public string ValueOf(int id) => _values[id];
}
