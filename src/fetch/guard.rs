//! The address guard: which hosts a [`Fetcher`](super::Fetcher) may connect to.
//!
//! A library that follows URLs given by users (or found in pages) must not be turned against the
//! user's own network: `http://169.254.169.254/` reads a cloud instance's credentials,
//! `http://10.0.0.1/admin` reaches a router, `http://localhost:8080/` a developer's services. The
//! guard refuses every address that is not globally routable, at two points:
//!
//! - **Each hop's URL**, before any request: an IP-literal host (`http://127.0.0.1/`,
//!   `http://[::ffff:127.0.0.1]/`) is classified directly, since it never reaches a resolver, and
//!   the names `localhost` and `*.localhost` (RFC 6761) are refused without a lookup.
//! - **Connect time**, in [`GuardedResolver`], the DNS resolver the HTTP client uses: resolved
//!   addresses that are not global are dropped, and a name with no global address is refused.
//!   The client connects only to addresses the guard has seen, so a name that resolves to a public
//!   address when checked and to a private one later (DNS rebinding) gains nothing.
//!
//! The classification is a pair of tables ([`V4_BLOCKED`], [`V6_BLOCKED`]) from the IANA special-
//! purpose registries; IPv6 forms that embed an IPv4 address (IPv4-mapped `::ffff:a.b.c.d`, NAT64
//! `64:ff9b::/96`, 6to4 `2002::/16`, Teredo `2001::/32`) are classified as the IPv4 address they
//! reach.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

/// IPv4 ranges that are not globally reachable: `(network, prefix length, what it is)`. The first
/// match names the reason, so the broadcast address comes before the reserved block holding it.
/// From the IANA IPv4 Special-Purpose Address Registry.
const V4_BLOCKED: &[(u32, u8, &str)] = &[
    // 255.255.255.255: limited broadcast.
    (0xffff_ffff, 32, "broadcast"),
    // 0.0.0.0/8: "this network"; 0.0.0.0 connects to the local host on most systems.
    (0x0000_0000, 8, "unspecified"),
    // 10.0.0.0/8: private (RFC 1918).
    (0x0a00_0000, 8, "private"),
    // 100.64.0.0/10: carrier-grade NAT shared space (RFC 6598).
    (0x6440_0000, 10, "carrier-grade NAT"),
    // 127.0.0.0/8: loopback.
    (0x7f00_0000, 8, "loopback"),
    // 169.254.0.0/16: link-local, where cloud metadata services answer (169.254.169.254).
    (0xa9fe_0000, 16, "link-local"),
    // 172.16.0.0/12: private (RFC 1918).
    (0xac10_0000, 12, "private"),
    // 192.0.0.0/24: IETF protocol assignments (DS-Lite, NAT64 discovery, ...).
    (0xc000_0000, 24, "reserved"),
    // 192.0.2.0/24: documentation (TEST-NET-1).
    (0xc000_0200, 24, "documentation"),
    // 192.88.99.0/24: the deprecated 6to4 relay anycast.
    (0xc058_6300, 24, "reserved"),
    // 192.168.0.0/16: private (RFC 1918).
    (0xc0a8_0000, 16, "private"),
    // 198.18.0.0/15: network benchmarking (RFC 2544).
    (0xc612_0000, 15, "benchmarking"),
    // 198.51.100.0/24: documentation (TEST-NET-2).
    (0xc633_6400, 24, "documentation"),
    // 203.0.113.0/24: documentation (TEST-NET-3).
    (0xcb00_7100, 24, "documentation"),
    // 224.0.0.0/4: multicast.
    (0xe000_0000, 4, "multicast"),
    // 240.0.0.0/4: reserved for future use.
    (0xf000_0000, 4, "reserved"),
];

/// IPv6 ranges that are not globally reachable, checked after the forms that embed an IPv4
/// address. Anything outside 2000::/3 (the global unicast space) is refused as well.
const V6_BLOCKED: &[(u128, u8, &str)] = &[
    // ::/128: unspecified.
    (0, 128, "unspecified"),
    // ::1/128: loopback.
    (1, 128, "loopback"),
    // 2001:2::/48: benchmarking (RFC 5180).
    (0x2001_0002_0000 << 80, 48, "benchmarking"),
    // 2001:10::/28 and 2001:20::/28: ORCHID identifiers, not routable.
    (0x2001_0010 << 96, 28, "reserved"),
    (0x2001_0020 << 96, 28, "reserved"),
    // 2001:db8::/32: documentation.
    (0x2001_0db8 << 96, 32, "documentation"),
    // 3fff::/20: documentation (RFC 9637).
    (0x3fff << 112, 20, "documentation"),
    // fc00::/7: unique local addresses (the private ranges of IPv6, fd00::/8 in practice).
    (0xfc00 << 112, 7, "unique local"),
    // fe80::/10: link-local.
    (0xfe80 << 112, 10, "link-local"),
    // fec0::/10: the deprecated site-local range.
    (0xfec0 << 112, 10, "site-local"),
    // ff00::/8: multicast.
    (0xff00 << 112, 8, "multicast"),
];

/// Whether `addr` lies in `network/prefix`.
fn in_prefix<const BITS: u32>(addr: u128, network: u128, prefix: u8) -> bool {
    let prefix = u32::from(prefix).min(BITS);
    if prefix == 0 {
        return true;
    }
    let shift = BITS - prefix;
    // `shift < BITS <= 128`, so the shifts cannot overflow.
    (addr >> shift) == (network >> shift)
}

/// Why `ip` must not be contacted, or `None` when it is a global address.
pub(crate) fn classify(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

/// [`classify`] for IPv4.
fn classify_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let addr = u128::from(u32::from(ip));
    V4_BLOCKED
        .iter()
        .find(|&&(net, prefix, _)| in_prefix::<32>(addr, u128::from(net), prefix))
        .map(|&(_, _, reason)| reason)
}

/// [`classify`] for IPv6: embedded IPv4 addresses first, then the table, then the rule that only
/// 2000::/3 is global unicast.
fn classify_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let addr = u128::from(ip);
    // The low 32 bits, as an IPv4 address (truncation intended).
    let low32 = Ipv4Addr::from(addr as u32);
    // ::ffff:a.b.c.d, IPv4-mapped: the socket connects to a.b.c.d.
    if in_prefix::<128>(addr, 0xffff << 32, 96) {
        return classify_v4(low32);
    }
    // 64:ff9b::/96, the NAT64 well-known prefix: a NAT64 gateway connects to the embedded
    // address.
    if in_prefix::<128>(addr, 0x0064_ff9b << 96, 96) {
        return classify_v4(low32);
    }
    // 64:ff9b:1::/48: NAT64 for local use only.
    if in_prefix::<128>(addr, 0x0064_ff9b_0001 << 80, 48) {
        return Some("reserved");
    }
    // ::/96 minus :: and ::1: the deprecated IPv4-compatible form.
    if in_prefix::<128>(addr, 0, 96) && addr > 1 {
        return Some("reserved");
    }
    // 2002::/16, 6to4: the IPv4 address is in bits 16..48.
    if in_prefix::<128>(addr, 0x2002 << 112, 16) {
        return classify_v4(Ipv4Addr::from((addr >> 80) as u32));
    }
    // 2001::/32, Teredo: the client's IPv4 address is the low 32 bits, inverted.
    if in_prefix::<128>(addr, 0x2001 << 112, 32) {
        return classify_v4(Ipv4Addr::from(!(addr as u32)));
    }
    if let Some(&(_, _, reason)) = V6_BLOCKED
        .iter()
        .find(|&&(net, prefix, _)| in_prefix::<128>(addr, net, prefix))
    {
        return Some(reason);
    }
    // Everything outside 2000::/3 is unassigned or reserved (100::/64 discard, ...).
    if !in_prefix::<128>(addr, 0x2000 << 112, 3) {
        return Some("reserved");
    }
    None
}

/// Whether a host name is one of the loopback names that must never reach a resolver:
/// `localhost` and `*.localhost` (RFC 6761), with or without the root dot.
fn is_local_name(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    host.eq_ignore_ascii_case("localhost")
        || host
            .len()
            .checked_sub(".localhost".len())
            .and_then(|start| host.get(start..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case(".localhost"))
}

/// A host the guard refused: the error [`GuardedResolver`] returns and [`check_host`] reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Blocked {
    /// The host or address refused, as written in the URL or resolved.
    pub(crate) address: String,
    /// What kind of address it is ("loopback", "private", ...).
    pub(crate) reason: &'static str,
}

impl fmt::Display for Blocked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is a {} address", self.address, self.reason)
    }
}

impl std::error::Error for Blocked {}

/// Check a URL's host before any request: IP literals are classified, `localhost` names refused.
/// Other names are left to [`GuardedResolver`] at connect time.
pub(crate) fn check_host(url: &Url) -> Result<(), Blocked> {
    let blocked = |address: String, reason| Err(Blocked { address, reason });
    match url.host() {
        Some(Host::Ipv4(ip)) => match classify_v4(ip) {
            Some(reason) => blocked(ip.to_string(), reason),
            None => Ok(()),
        },
        Some(Host::Ipv6(ip)) => match classify_v6(ip) {
            Some(reason) => blocked(ip.to_string(), reason),
            None => Ok(()),
        },
        Some(Host::Domain(name)) if is_local_name(name) => blocked(name.to_string(), "loopback"),
        Some(Host::Domain(_)) => Ok(()),
        // http and https URLs always have a host; anything else is refused by its scheme first.
        None => blocked(String::new(), "missing"),
    }
}

/// Most resolved addresses kept for one name (getaddrinfo returns a handful).
const MAX_ADDRS: usize = 32;

/// Keep the global addresses of `addrs`. When none is left, the first refused address says why.
pub(crate) fn filter_addrs(
    host: &str,
    addrs: impl IntoIterator<Item = SocketAddr>,
) -> Result<Vec<SocketAddr>, Blocked> {
    let mut kept = Vec::new();
    let mut first_blocked = None;
    for addr in addrs.into_iter().take(MAX_ADDRS) {
        match classify(addr.ip()) {
            None => kept.push(addr),
            Some(reason) => {
                first_blocked.get_or_insert(Blocked {
                    address: format!("{host} ({})", addr.ip()),
                    reason,
                });
            }
        }
    }
    if kept.is_empty() {
        return Err(first_blocked.unwrap_or(Blocked {
            address: host.to_string(),
            reason: "unresolved",
        }));
    }
    Ok(kept)
}

/// The HTTP client's DNS resolver when the guard is on: the system resolver (getaddrinfo, on
/// tokio's blocking pool), with every non-global address dropped.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct GuardedResolver;

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            if is_local_name(&host) {
                return Err(Box::new(Blocked {
                    address: host,
                    reason: "loopback",
                }) as _);
            }
            let found = tokio::net::lookup_host((host.as_str(), 0)).await?;
            let kept = filter_addrs(&host, found)?;
            Ok(Box::new(kept.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(s: &str) -> Option<&'static str> {
        classify(s.parse().unwrap())
    }

    #[test]
    fn non_global_ipv4_refused_with_their_kind() {
        for (ip, why) in [
            ("169.254.169.254", "link-local"),
            ("10.0.0.1", "private"),
            ("172.16.0.1", "private"),
            ("172.31.255.255", "private"),
            ("192.168.1.1", "private"),
            ("100.64.0.1", "carrier-grade NAT"),
            ("100.127.255.254", "carrier-grade NAT"),
            ("127.0.0.1", "loopback"),
            ("127.8.9.10", "loopback"),
            ("0.0.0.0", "unspecified"),
            ("224.0.0.1", "multicast"),
            ("239.255.255.250", "multicast"),
            ("255.255.255.255", "broadcast"),
            ("240.0.0.1", "reserved"),
            ("192.0.2.10", "documentation"),
            ("198.51.100.7", "documentation"),
            ("203.0.113.9", "documentation"),
            ("198.18.0.1", "benchmarking"),
            ("198.19.255.1", "benchmarking"),
            ("192.0.0.8", "reserved"),
        ] {
            assert_eq!(reason(ip), Some(why), "{ip}");
        }
    }

    #[test]
    fn non_global_ipv6_refused_with_their_kind() {
        for (ip, why) in [
            ("::1", "loopback"),
            ("::", "unspecified"),
            ("fd00::1", "unique local"),
            ("fc00::1", "unique local"),
            ("fe80::1", "link-local"),
            ("fec0::1", "site-local"),
            ("ff02::1", "multicast"),
            ("2001:db8::1", "documentation"),
            ("2001:2::1", "benchmarking"),
            ("100::1", "reserved"),
            // IPv4-mapped: classified as the IPv4 address the socket reaches.
            ("::ffff:127.0.0.1", "loopback"),
            ("::ffff:10.0.0.1", "private"),
            ("::ffff:169.254.169.254", "link-local"),
            // IPv4-compatible (deprecated).
            ("::127.0.0.1", "reserved"),
            // NAT64 well-known prefix with an embedded private address.
            ("64:ff9b::10.0.0.1", "private"),
            ("64:ff9b:1::1", "reserved"),
            // 6to4 wrapping 192.168.0.1 (c0a8:0001).
            ("2002:c0a8:1::1", "private"),
            // Teredo whose (inverted) client address is 127.0.0.1 (0x80ff_fffe inverted).
            ("2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback"),
        ] {
            assert_eq!(reason(ip), Some(why), "{ip}");
        }
    }

    #[test]
    fn global_addresses_pass() {
        for ip in [
            "93.184.216.34",
            "8.8.8.8",
            "1.1.1.1",
            "100.63.255.255",
            "100.128.0.1",
            "172.32.0.1",
            "172.15.255.255",
            "192.169.0.1",
            "2606:4700::1111",
            "2a00:1450:4001:80b::200e",
            "::ffff:93.184.216.34",
            "64:ff9b::93.184.216.34",
            "2002:5db8:d822::1",
        ] {
            assert_eq!(reason(ip), None, "{ip}");
        }
    }

    fn host_check(url: &str) -> Result<(), Blocked> {
        check_host(&Url::parse(url).unwrap())
    }

    #[test]
    fn ip_literal_and_localhost_urls_refused_before_any_lookup() {
        for (url, why) in [
            ("http://169.254.169.254/latest/meta-data/", "link-local"),
            ("http://127.0.0.1:8080/", "loopback"),
            ("http://[::ffff:127.0.0.1]/", "loopback"),
            ("http://[::ffff:10.0.0.1]/", "private"),
            ("http://[fd00::1]/", "unique local"),
            ("http://[::1]:3000/", "loopback"),
            ("https://10.0.0.1/admin", "private"),
            // Numeric shorthands the URL parser normalises to 127.0.0.1 and 10.0.0.1.
            ("http://2130706433/", "loopback"),
            ("http://127.1/", "loopback"),
            ("http://0x0a000001/", "private"),
            ("http://localhost/", "loopback"),
            ("http://LOCALHOST./", "loopback"),
            ("http://api.localhost:9000/", "loopback"),
        ] {
            assert_eq!(host_check(url).map_err(|b| b.reason), Err(why), "{url}");
        }
        assert_eq!(host_check("https://93.184.216.34/"), Ok(()));
        assert_eq!(host_check("https://[2606:4700::1111]/"), Ok(()));
        assert_eq!(host_check("https://news.example/story"), Ok(()));
        // Not a `.localhost` name: only the label `localhost` itself counts.
        assert_eq!(host_check("https://mylocalhost.example/"), Ok(()));
        assert_eq!(host_check("https://notlocalhost/"), Ok(()));
    }

    #[test]
    fn resolved_addresses_filtered_to_global_ones() {
        let addr = |s: &str| -> SocketAddr { s.parse().unwrap() };
        let kept = filter_addrs(
            "mixed.example",
            [
                addr("10.0.0.5:0"),
                addr("93.184.216.34:0"),
                addr("[fe80::1]:0"),
            ],
        )
        .unwrap();
        assert_eq!(kept, vec![addr("93.184.216.34:0")]);
        let err = filter_addrs(
            "rebind.example",
            [addr("169.254.169.254:0"), addr("127.0.0.1:0")],
        )
        .unwrap_err();
        assert_eq!(err.reason, "link-local");
        assert_eq!(err.address, "rebind.example (169.254.169.254)");
        assert_eq!(
            filter_addrs("none.example", []).unwrap_err().reason,
            "unresolved"
        );
    }

    #[tokio::test]
    async fn resolver_drops_non_global_results() {
        // A numeric name resolves without any DNS traffic.
        for (name, why) in [("127.0.0.1", "loopback"), ("10.1.2.3", "private")] {
            let name: Name = name.parse().unwrap();
            let err = GuardedResolver.resolve(name).await.err().unwrap();
            assert_eq!(err.downcast_ref::<Blocked>().unwrap().reason, why);
        }
    }

    #[tokio::test]
    async fn resolver_refuses_localhost_without_a_lookup() {
        let name: Name = "localhost".parse().unwrap();
        let err = GuardedResolver.resolve(name).await.err().unwrap();
        let blocked = err.downcast_ref::<Blocked>().unwrap();
        assert_eq!(blocked.reason, "loopback");
    }
}
