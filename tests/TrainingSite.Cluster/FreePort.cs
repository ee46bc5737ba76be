using System.Net;
using System.Net.Sockets;

namespace TrainingSite.Cluster;

/// <summary>A loopback port nobody listens on right now (the system's choice, so parallel runs do not collide).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
