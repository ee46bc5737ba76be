using System.Runtime.InteropServices;
using System.Text;

namespace TrainingSite.Search.Analysis;

/// <summary>
/// A Snowball stemmer (finnish, swedish, english ...) from the system's libstemmer (Debian: libstemmer0d),
/// called through P/Invoke. A native stemmer is not thread-safe, so calls are serialised per instance.
/// When the library is missing, <see cref="TryCreate"/> returns null and search runs without stemming.
/// </summary>
public sealed partial class SnowballStemmer : IDisposable
{
    private const string Library = "stemmer";

    private static readonly Lazy<bool> Available = new(Load);

    private readonly Lock _gate = new();
    private IntPtr _stemmer;

    private SnowballStemmer(string algorithm, IntPtr stemmer)
    {
        Algorithm = algorithm;
        _stemmer = stemmer;
    }

    public string Algorithm { get; }

    /// <summary>Whether the native library could be loaded, for /health and the log.</summary>
    public static bool IsAvailable => Available.Value;

    /// <summary>A stemmer for the algorithm ("finnish", "swedish", "english"), or null without the library or algorithm.</summary>
    public static SnowballStemmer? TryCreate(string algorithm)
    {
        if (!IsAvailable)
        {
            return null;
        }

        var handle = NativeMethods.sb_stemmer_new(algorithm, "UTF_8");
        return handle == IntPtr.Zero ? null : new SnowballStemmer(algorithm, handle);
    }

    /// <summary>The stem of one lower-case word.</summary>
    public unsafe string Stem(string word)
    {
        var bytes = Encoding.UTF8.GetBytes(word);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stemmer == IntPtr.Zero, this);
            fixed (byte* input = bytes)
            {
                var output = NativeMethods.sb_stemmer_stem(_stemmer, input, bytes.Length);
                if (output == null)
                {
                    // The library answers null only when it runs out of memory; the word is kept as it is.
                    return word;
                }

                return Encoding.UTF8.GetString(output, NativeMethods.sb_stemmer_length(_stemmer));
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_stemmer != IntPtr.Zero)
            {
                NativeMethods.sb_stemmer_delete(_stemmer);
                _stemmer = IntPtr.Zero;
            }
        }
    }

    private static bool Load()
    {
        NativeLibraries.EnsureResolver();
        try
        {
            NativeMethods.sb_stemmer_list();
            return true;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static unsafe partial class NativeMethods
    {
        [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial IntPtr sb_stemmer_new(string algorithm, string encoding);

        [LibraryImport(Library)]
        internal static partial void sb_stemmer_delete(IntPtr stemmer);

        [LibraryImport(Library)]
        internal static partial byte* sb_stemmer_stem(IntPtr stemmer, byte* word, int size);

        [LibraryImport(Library)]
        internal static partial int sb_stemmer_length(IntPtr stemmer);

        [LibraryImport(Library)]
        internal static partial IntPtr sb_stemmer_list();
    }
}
