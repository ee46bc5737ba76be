using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Certificates;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;
using TrainingSite.Infrastructure;

namespace TrainingSite.Benchmarks;

/// <summary>
/// PDF certificates per second on one and on two threads, p50/p99 per certificate and bytes per file. Each PDF goes
/// the download's whole way (record to words in the language, layout, QR code, font subsetting, compression), for a
/// holder who completed the shipped national part and Espoo's section, languages in turn. Writes one PDF per
/// language to --out (default: a temporary folder) to look at.
/// </summary>
public static class CertificatesBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        var count = int.Parse(Option(args, "--count") ?? "2000", CultureInfo.InvariantCulture);
        var output = Option(args, "--out") ?? Path.Combine(Path.GetTempPath(), "trainingsite-certificates");
        var pdfs = Pdfs();
        var certificate = SampleCertificate();
        const string baseUrl = "https://koulutus.example.fi";

        Directory.CreateDirectory(output);
        foreach (var language in SiteCultures.All)
        {
            var file = Path.Combine(output, $"certificate-{language}.pdf");
            File.WriteAllBytes(file, pdfs.Render(certificate, language, baseUrl));
            Console.WriteLine($"sample {language}: {file} ({new FileInfo(file).Length:N0} bytes)");
        }

        Measure(pdfs, certificate, baseUrl, 200, 1); // warm-up: JIT, font tables, resource lookups
        foreach (var threads in new[] { 1, 2 })
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (perSecond, times, bytes) = Measure(pdfs, certificate, baseUrl, count, threads);
            var cpuPerPdf = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count;
            times.Sort();

            // CPU time per PDF is printed too: on a shared machine wall-clock times also measure the neighbours.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{threads} thread{(threads == 1 ? " " : "s")}: {count} PDFs, {perSecond,5:F0} PDFs/s, p50 {Percentile(times, 0.50):F2} ms, p99 {Percentile(times, 0.99):F2} ms, CPU {cpuPerPdf:F2} ms per PDF, {bytes / count:N0} bytes per file (mean)"));
        }

        return Task.FromResult(0);
    }

    private static (double PerSecond, List<double> Times, long Bytes) Measure(CertificatePdfs pdfs, Certificate sample, string baseUrl, int count, int threads)
    {
        // A code of its own for every PDF, so no QR code is ever computed twice.
        var certificates = Enumerable.Range(0, count).Select(_ => WithNewCode(sample)).ToArray();
        var times = new double[count];
        long bytes = 0;
        var next = -1;
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var start = Stopwatch.GetTimestamp();
                var pdf = pdfs.Render(certificates[i], SiteCultures.All[i % 3], baseUrl);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                Interlocked.Add(ref bytes, pdf.Length);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return (count / wall.Elapsed.TotalSeconds, [.. times], bytes);
    }

    private static Certificate WithNewCode(Certificate sample) => new()
    {
        UserId = sample.UserId,
        Programme = sample.Programme,
        Code = VerificationCode.New(),
        HolderName = sample.HolderName,
        RegionId = sample.RegionId,
        RegionName = sample.RegionName,
        Issuer = sample.Issuer,
        CompletedAt = sample.CompletedAt,
        Courses = sample.Courses,
    };

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static CertificatePdfs Pdfs()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var strings = new StringLocalizer<CertificatesStrings>(factory);
        var siteName = new ConfiguredSiteName(new ConfigurationBuilder().Build(), new StringLocalizer<SiteStrings>(factory));
        return new CertificatePdfs(new CertificateSheets(strings, siteName), Options.Create(new CertificateOptions()));
    }

    /// <summary>A holder with a long name who completed the shipped national part and Espoo's section.</summary>
    private static Certificate SampleCertificate()
    {
        var courses = Courses("national-package.recipe.json", national: true).Concat(Courses("region-espoo.recipe.json", national: false)).ToList();
        return new Certificate
        {
            UserId = "benchmark",
            Programme = CertificateProgrammes.TrainingPackage,
            Code = VerificationCode.New(),
            HolderName = "Aleksandra Järvinen-Õunapuu",
            RegionId = "espoo",
            RegionName = new LocalizedText(new Dictionary<string, string> { ["fi"] = "Espoo", ["sv"] = "Esbo", ["en"] = "Espoo" }),
            Issuer = new LocalizedText(new Dictionary<string, string> { ["fi"] = "TrainingSite", ["sv"] = "TrainingSite", ["en"] = "TrainingSite" }),
            CompletedAt = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero),
            Courses = courses,
        };
    }

    private static List<CertificateCourse> Courses(string recipe, bool national)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "content-recipes", recipe)));
        var list = new List<CertificateCourse>();
        foreach (var step in json.RootElement.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("step").GetString() == "courses"))
        {
            foreach (var course in step.GetProperty("courses").EnumerateArray())
            {
                var title = course.GetProperty("title").Deserialize<Dictionary<string, string>>()!;
                list.Add(new CertificateCourse(course.GetProperty("id").GetString()!, new LocalizedText(title), national, 80 + list.Count * 3 % 21));
            }
        }

        return list;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TrainingSite.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("TrainingSite.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
