using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace TrainingSite.Testing;

/// <summary>
/// A TCP relay on 127.0.0.1 in front of a server (the shared PostgreSQL), so a test can cut the site off its
/// database and restore it without touching the server: while cut, open connections are closed and new ones
/// are accepted and closed at once, as a database that went away looks to its clients.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly Task _accepting;
    private volatile bool _cut;

    public TcpRelay(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Cut()
    {
        _cut = true;
        foreach (var client in _open.Keys)
        {
            Close(client);
        }
    }

    public void Restore() => _cut = false;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Cut();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient incoming;
            try
            {
                incoming = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (_cut)
            {
                incoming.Dispose();
                continue;
            }

            _ = RelayAsync(incoming);
        }
    }

    private async Task RelayAsync(TcpClient incoming)
    {
        var outgoing = new TcpClient();
        _open[incoming] = 0;
        _open[outgoing] = 0;
        try
        {
            await outgoing.ConnectAsync(_targetHost, _targetPort, _stopping.Token);
            var up = incoming.GetStream().CopyToAsync(outgoing.GetStream(), _stopping.Token);
            var down = outgoing.GetStream().CopyToAsync(incoming.GetStream(), _stopping.Token);
            await Task.WhenAny(up, down);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // A cut or a closed side ends the pair.
        }
        finally
        {
            Close(incoming);
            Close(outgoing);
        }
    }

    private void Close(TcpClient client)
    {
        _open.TryRemove(client, out _);
        client.Dispose();
    }
}
