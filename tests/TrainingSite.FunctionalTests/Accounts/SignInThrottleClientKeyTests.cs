using System.Net;
using TrainingSite.Accounts.Services;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>Which addresses count as one client for the sign-in throttle.</summary>
public sealed class SignInThrottleClientKeyTests
{
    [Theory]
    [InlineData("198.51.100.7", "198.51.100.7")]
    [InlineData("::ffff:198.51.100.7", "198.51.100.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void ClientKey_ShouldGroupAnIPv6NetworkAndUnmapIPv4(string address, string expected)
    {
        var key = SignInThrottle.ClientKey(IPAddress.Parse(address));

        Assert.Equal(expected, key);
    }

    [Fact]
    public void ClientKey_ShouldBeOneKey_WhenTheAddressIsUnknown()
    {
        var key = SignInThrottle.ClientKey(null);

        Assert.Equal("unknown", key);
    }
}
