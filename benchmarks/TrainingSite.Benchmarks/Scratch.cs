using System.Diagnostics;
using TrainingSite.Certificates.Pdf;
namespace TrainingSite.Benchmarks;
public static class Scratch
{
    public static void Run(Func<string, CertificateSheet> sheet)
    {
        var s = sheet("fi");
        for (var i = 0; i < 200; i++) { CertificatePdf.Render(s); QrModules.For(s.VerifyUrl); sheet("fi"); }
        var t = Stopwatch.StartNew();
        for (var i = 0; i < 300; i++) sheet("fi");
        Console.WriteLine($"sheet {t.Elapsed.TotalMilliseconds / 300:F3} ms");
        t.Restart();
        for (var i = 0; i < 300; i++) QrModules.For(s.VerifyUrl);
        Console.WriteLine($"qr {t.Elapsed.TotalMilliseconds / 300:F3} ms");
        t.Restart(); Timing.Draw = 0; Timing.Save = 0;
        for (var i = 0; i < 300; i++) CertificatePdf.Render(s);
        Console.WriteLine($"draw {Timing.Draw / 300:F3} save {Timing.Save / 300:F3}");
        Console.WriteLine($"render {t.Elapsed.TotalMilliseconds / 300:F3} ms");
    }
}
