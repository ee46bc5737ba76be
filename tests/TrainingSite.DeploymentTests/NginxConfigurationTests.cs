using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TrainingSite.Cluster;

namespace TrainingSite.DeploymentTests;

/// <summary>
/// The production configuration as shipped (deploy/nginx/trainingsite.conf with its TLS server and redirect), which
/// the two-node test runs only in part: nginx -t accepts it once the certificate paths and the snippet's place are
/// filled in, exactly as an IT team would.
/// </summary>
public sealed class NginxConfigurationTests
{
    [Fact]
    public async Task ProductionConfiguration_PassesNginxTest_WithItsPlaceholdersFilledIn()
    {
        NginxBalancer.EnsureInstalled();
        var folder = Directory.CreateTempSubdirectory("trainingsite-nginx-t-").FullName;
        try
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=koulutus.example.fi", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(1));
            await File.WriteAllTextAsync(Path.Combine(folder, "cert.pem"), certificate.ExportCertificatePem());
            await File.WriteAllTextAsync(Path.Combine(folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());

            var site = (await File.ReadAllTextAsync(Path.Combine(RepositoryFolder.Deploy, "nginx", "trainingsite.conf")))
                .Replace("/etc/ssl/certs/koulutus.example.fi.fullchain.pem", Path.Combine(folder, "cert.pem"), StringComparison.Ordinal)
                .Replace("/etc/ssl/private/koulutus.example.fi.key", Path.Combine(folder, "key.pem"), StringComparison.Ordinal)
                .Replace("/etc/nginx/snippets/trainingsite-proxy.conf", Path.Combine(RepositoryFolder.Deploy, "nginx", "trainingsite-proxy.conf"), StringComparison.Ordinal);
            Assert.DoesNotContain("/etc/ssl/", site, StringComparison.Ordinal);
            await File.WriteAllTextAsync(Path.Combine(folder, "site.conf"), site);
            await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
                pid {{folder}}/nginx.pid;
                error_log {{folder}}/error.log;
                events { }
                http {
                    include /etc/nginx/mime.types;
                    access_log off;
                    client_body_temp_path {{folder}}/body;
                    proxy_temp_path {{folder}}/proxy;
                    fastcgi_temp_path {{folder}}/fastcgi;
                    uwsgi_temp_path {{folder}}/uwsgi;
                    scgi_temp_path {{folder}}/scgi;
                    include {{folder}}/site.conf;
                }
                """);

            var start = new ProcessStartInfo(NginxBalancer.Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-t", "-p", folder + "/", "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log") })
            {
                start.ArgumentList.Add(arg);
            }

            using var nginx = Process.Start(start)!;
            var said = await nginx.StandardError.ReadToEndAsync() + await nginx.StandardOutput.ReadToEndAsync();
            await nginx.WaitForExitAsync();
            Assert.True(nginx.ExitCode == 0, said);
            Assert.Contains("test is successful", said, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
