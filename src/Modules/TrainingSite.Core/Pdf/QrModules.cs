using QRCoder;

namespace TrainingSite.Core.Pdf;

/// <summary>The dark modules of a QR code as horizontal runs, so the PDF draws a few rectangles instead of hundreds.</summary>
public static class QrModules
{
    /// <summary>Runs (row, first column, length) and the matrix size; the size includes the 4-module quiet zone.</summary>
    public static (IReadOnlyList<(int Row, int Column, int Length)> Runs, int Size) For(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var runs = new List<(int, int, int)>();
        for (var row = 0; row < matrix.Count; row++)
        {
            var line = matrix[row];
            for (var column = 0; column < line.Length; column++)
            {
                if (!line[column])
                {
                    continue;
                }

                var start = column;
                while (column + 1 < line.Length && line[column + 1])
                {
                    column++;
                }

                runs.Add((row, start, column - start + 1));
            }
        }

        return (runs, matrix.Count);
    }
}
