using System.Diagnostics;
using System.Text;

namespace TrainingSite.Cluster;

/// <summary>The last lines a child process wrote (stdout and stderr together), for error messages.</summary>
public sealed class OutputTail
{
    private const int MaxChars = 256 * 1024;
    private readonly StringBuilder _text = new();

    public void Follow(Process process)
    {
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_text)
        {
            _text.AppendLine(line);
            if (_text.Length > MaxChars)
            {
                _text.Remove(0, _text.Length - (MaxChars / 2));
            }
        }
    }

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }
}
