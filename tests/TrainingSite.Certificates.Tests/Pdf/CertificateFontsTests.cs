using TrainingSite.Core.Pdf;

namespace TrainingSite.Certificates.Tests.Pdf;

public sealed class CertificateFontsTests
{
    [Fact]
    public void Load_ShouldNameTheMissingFileAndTheSetting_WhenTheConfiguredFolderLacksIt()
    {
        var folder = Directory.CreateTempSubdirectory("no-fonts").FullName;
        try
        {
            var error = Assert.Throws<PdfFontsMissingException>(() => PdfFonts.Load(folder));

            Assert.Contains("DejaVuSerif-Bold.ttf", error.Message, StringComparison.Ordinal);
            Assert.Contains(folder, error.Message, StringComparison.Ordinal);
            Assert.Contains("Certificates:FontDirectory", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_ShouldFindDejaVu_InAUsualPlace_WhenNothingIsConfigured()
    {
        var fonts = PdfFonts.Load(null);

        Assert.All(PdfFonts.Files, file => Assert.True(File.Exists(Path.Combine(fonts.Directory, file))));
        Assert.NotNull(fonts.Face("DejaVuSerif-Bold"));
        Assert.Null(fonts.Face("Arial"));
    }
}
