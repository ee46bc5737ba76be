using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace TrainingSite.Search.Analysis;

/// <summary>
/// Finnish morphology from the system's Voikko (Debian: libvoikko1 + voikko-fi), called through P/Invoke:
/// a word's base forms and, for compounds, the base forms of its parts (päivähoidon → päivähoito, päivä, hoito).
/// A Voikko handle is not thread-safe, so calls are serialised; answers are cached because guidance text
/// repeats its words. When the library or dictionary is missing, <see cref="TryCreate"/> returns null.
/// </summary>
public sealed partial class VoikkoAnalyzer : IDisposable
{
    private const string Library = "voikko";
    private const int CacheLimit = 200_000;

    private static readonly Lazy<bool> Available = new(Load);

    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, WordAnalysis> _cache = new(StringComparer.Ordinal);
    private IntPtr _handle;

    private VoikkoAnalyzer(IntPtr handle) => _handle = handle;

    /// <summary>Whether the native library could be loaded, for /health and the log.</summary>
    public static bool IsLibraryAvailable => Available.Value;

    /// <summary>A Finnish analyzer, or null when libvoikko or its Finnish dictionary is missing.</summary>
    public static VoikkoAnalyzer? TryCreate(string? dictionaryPath = null)
    {
        if (!IsLibraryAvailable)
        {
            return null;
        }

        var handle = NativeMethods.voikkoInit(out _, "fi", dictionaryPath);
        return handle == IntPtr.Zero ? null : new VoikkoAnalyzer(handle);
    }

    /// <summary>The base forms and compound parts of one lower-case word; empty when Voikko does not know it.</summary>
    public WordAnalysis Analyze(string word)
    {
        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var analysis = AnalyzeNative(word);
        if (_cache.Count < CacheLimit)
        {
            _cache.TryAdd(word, analysis);
        }

        return analysis;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_handle != IntPtr.Zero)
            {
                NativeMethods.voikkoTerminate(_handle);
                _handle = IntPtr.Zero;
            }
        }
    }

    private WordAnalysis AnalyzeNative(string word)
    {
        var baseForms = new List<string>();
        var parts = new List<string>();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_handle == IntPtr.Zero, this);
            var list = NativeMethods.voikkoAnalyzeWordCstr(_handle, word);
            if (list == IntPtr.Zero)
            {
                return WordAnalysis.Unknown;
            }

            try
            {
                for (var index = 0; ; index++)
                {
                    var analysis = Marshal.ReadIntPtr(list, index * IntPtr.Size);
                    if (analysis == IntPtr.Zero)
                    {
                        break;
                    }

                    AddIfNew(baseForms, Value(analysis, "BASEFORM"));
                    foreach (var part in VoikkoWordBases.Parts(Value(analysis, "WORDBASES")))
                    {
                        AddIfNew(parts, part);
                    }
                }
            }
            finally
            {
                NativeMethods.voikko_free_mor_analysis(list);
            }
        }

        return new WordAnalysis(baseForms, parts);
    }

    private static string? Value(IntPtr analysis, string key)
    {
        var value = NativeMethods.voikko_mor_analysis_value_cstr(analysis, key);
        if (value == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(value)?.ToLowerInvariant();
        }
        finally
        {
            NativeMethods.voikko_free_mor_analysis_value_cstr(value);
        }
    }

    private static void AddIfNew(List<string> list, string? value)
    {
        if (!string.IsNullOrEmpty(value) && !list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static bool Load()
    {
        NativeLibraries.EnsureResolver();
        try
        {
            return NativeMethods.voikkoGetVersion() != IntPtr.Zero;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static partial class NativeMethods
    {
        [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr voikkoInit(out IntPtr error, string languageCode, string? path);

        [LibraryImport(Library)]
        internal static partial void voikkoTerminate(IntPtr handle);

        [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr voikkoAnalyzeWordCstr(IntPtr handle, string word);

        [LibraryImport(Library)]
        internal static partial void voikko_free_mor_analysis(IntPtr analysis);

        [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr voikko_mor_analysis_value_cstr(IntPtr analysis, string key);

        [LibraryImport(Library)]
        internal static partial void voikko_free_mor_analysis_value_cstr(IntPtr value);

        [LibraryImport(Library)]
        internal static partial IntPtr voikkoGetVersion();
    }
}
