using System.Diagnostics;

namespace TrainingSite.FunctionalTests.Certificates;

/// <summary>
/// Reads a PDF the way an outsider would, with Debian's tools: poppler-utils (pdftotext, pdftoppm) for the text and
/// a rendered page, zbar-tools (zbarimg) to decode the QR code from that page.
/// </summary>
public static class PdfTools
{
    public static async Task<string> TextAsync(byte[] pdf)
    {
        var file = await WriteAsync(pdf);
        try
        {
            return await RunAsync("pdftotext", $"-enc UTF-8 \"{file}\" -");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The QR code's content, from the page rendered at 150 dpi.</summary>
    public static async Task<string> QrCodeAsync(byte[] pdf)
    {
        var file = await WriteAsync(pdf);
        var image = Path.ChangeExtension(file, null) + "-page";
        try
        {
            await RunAsync("pdftoppm", $"-png -r 150 -singlefile \"{file}\" \"{image}\"");
            return (await RunAsync("zbarimg", $"--raw -q \"{image}.png\"")).Trim();
        }
        finally
        {
            File.Delete(file);
            File.Delete(image + ".png");
        }
    }

    private static async Task<string> WriteAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"certificate-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        return file;
    }

    private static async Task<string> RunAsync(string tool, string arguments)
    {
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"'{tool}' is not installed (Debian: apt-get install poppler-utils zbar-tools).", exception);
        }

        using (process)
        {
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} {arguments} exited with {process.ExitCode}: {error}");
            return output;
        }
    }
}
