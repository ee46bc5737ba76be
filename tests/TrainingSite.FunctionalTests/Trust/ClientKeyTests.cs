using System.Net;
using TrainingSite.Infrastructure;

namespace TrainingSite.FunctionalTests.Trust;

/// <summary>Which requests share a rate-limit bucket: one IPv4 address, one IPv6 /64 (a subscriber's block).</summary>
public sealed class ClientKeyTests
{
    [Theory]
    [InlineData("203.0.113.5", "203.0.113.5")]
    [InlineData("::ffff:203.0.113.5", "203.0.113.5")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void ClientKey_ShouldGroupAnIPv6SubscribersBlock(string address, string expected)
    {
        var key = SiteRateLimits.ClientKey(IPAddress.Parse(address));

        Assert.Equal(expected, key);
    }

    [Fact]
    public void ClientKey_ShouldShareOneAllowance_WithoutAnAddress() => Assert.Equal("unknown", SiteRateLimits.ClientKey(null));
}
