using System.Reflection;
using System.Runtime.InteropServices;

namespace TrainingSite.Search.Analysis;

/// <summary>
/// Finds the native libraries this assembly calls. Debian installs them under their versioned names only
/// (libstemmer.so.0d, libvoikko.so.1: no development symlinks), so those names are tried first.
/// An assembly has one import resolver, so both wrappers share this one.
/// </summary>
internal static class NativeLibraries
{
    private static readonly Dictionary<string, string[]> Candidates = new(StringComparer.Ordinal)
    {
        ["stemmer"] = ["libstemmer.so.0d", "libstemmer.so.0", "libstemmer.so", "stemmer"],
        ["voikko"] = ["libvoikko.so.1", "libvoikko.so", "voikko"],
    };

    private static readonly Lazy<bool> Registered = new(() =>
    {
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, Resolve);
        return true;
    });

    public static void EnsureResolver() => _ = Registered.Value;

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? path)
    {
        if (!Candidates.TryGetValue(name, out var names))
        {
            return IntPtr.Zero;
        }

        foreach (var candidate in names)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, path, out var handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
