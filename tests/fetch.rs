//! The `fetch` feature against real HTTP servers the tests start on 127.0.0.1 (and only there:
//! the addresses the guard must refuse are checked without connecting, in the unit tests of
//! `src/fetch/`).

#![cfg(feature = "fetch")]

mod support;

use std::io::{self, Write};
use std::net::TcpStream;
use std::thread;
use std::time::{Duration, Instant};

use newsprint::{FetchError, Fetcher, TimeoutKind};
use support::{Server, respond, respond_head};

/// A news page with a relative lead image, in UTF-8 unless the caller encodes it.
const PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head><title>Floods close schools - Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="og:image" content="/img/floods.jpg"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Floods close schools</h1>
<p>Schools across the region stayed shut on Monday after a weekend of heavy rain flooded roads
and cut power to thousands of homes, officials said.</p>
<p>Forecasters expect more rain on Wednesday, and the river is still rising in the east, where
emergency crews have spent the night moving families to higher ground.</p>
</article><footer>Copyright Daily Planet</footer></body></html>"#;

/// A fetcher allowed to reach the test servers on 127.0.0.1.
fn local() -> Fetcher {
    Fetcher::builder()
        .allow_private_networks(true)
        .build()
        .expect("fetcher")
}

/// A server answering every request with `PAGE` as `text/html; charset=utf-8`.
fn page_server() -> Server {
    Server::start(|_, s| {
        respond(
            s,
            "200 OK",
            &[("Content-Type", "text/html; charset=utf-8")],
            PAGE.as_bytes(),
        )
    })
}

#[tokio::test]
async fn normal_page_fetched_and_extracted() {
    let server = page_server();
    let url = server.url("/news/floods");
    let fetched = local().fetch(&url).await.expect("fetch");
    assert_eq!(fetched.final_url, url);
    assert_eq!(fetched.status, 200);
    assert_eq!(
        fetched.content_type.as_deref(),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(fetched.charset, "UTF-8");
    assert_eq!(fetched.bytes_read, PAGE.len() as u64);
    assert_eq!(fetched.redirects, 0);
    assert!(fetched.elapsed < Duration::from_secs(5));
    let article = &fetched.article;
    assert_eq!(article.title.as_deref(), Some("Floods close schools"));
    assert_eq!(article.url.as_deref(), Some(url.as_str()));
    assert_eq!(
        article.image.as_ref().map(|i| i.url.as_str()),
        Some(server.url("/img/floods.jpg").as_str())
    );
    let text = article.text();
    assert!(text.starts_with("Schools across the region"), "{text}");
    assert!(!text.contains("Copyright"), "{text}");
    // What the server was sent.
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let ua = requests[0].header("user-agent").unwrap_or("");
    assert!(ua.starts_with("newsprint/"), "{ua}");
    let accept = requests[0].header("accept").unwrap_or("");
    assert!(
        accept.starts_with("text/html, application/xhtml+xml"),
        "{accept}"
    );
}

#[tokio::test]
async fn redirect_chain_followed_to_the_final_url() {
    let server = Server::start(|req, s| {
        let port = s.local_addr()?.port();
        match req.path.as_str() {
            // A relative Location, then an absolute one, then the page.
            "/old" => respond(s, "301 Moved Permanently", &[("Location", "/middle")], b""),
            "/middle" => {
                let next = format!("http://127.0.0.1:{port}/2024/floods?amp=0");
                respond(s, "302 Found", &[("Location", &next)], b"")
            }
            "/2024/floods?amp=0" => respond(
                s,
                "200 OK",
                &[("Content-Type", "text/html")],
                PAGE.as_bytes(),
            ),
            _ => respond(s, "404 Not Found", &[], b""),
        }
    });
    let fetched = local().fetch(&server.url("/old")).await.expect("fetch");
    let end = server.url("/2024/floods?amp=0");
    assert_eq!(fetched.final_url, end);
    assert_eq!(fetched.redirects, 2);
    // The final URL is the page URL: the base of relative links.
    assert_eq!(fetched.article.url.as_deref(), Some(end.as_str()));
    assert_eq!(
        fetched.article.image.as_ref().map(|i| i.url.as_str()),
        Some(server.url("/img/floods.jpg").as_str())
    );
    let paths: Vec<_> = server.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths, ["/old", "/middle", "/2024/floods?amp=0"]);
}

#[tokio::test]
async fn redirect_loop_stops_at_the_limit() {
    let server = Server::start(|req, s| {
        let next = if req.path == "/a" { "/b" } else { "/a" };
        respond(s, "307 Temporary Redirect", &[("Location", next)], b"")
    });
    let fetcher = Fetcher::builder()
        .allow_private_networks(true)
        .max_redirects(3)
        .build()
        .expect("fetcher");
    match fetcher.fetch(&server.url("/a")).await {
        Err(FetchError::TooManyRedirects { limit: 3, .. }) => {}
        other => panic!("{other:?}"),
    }
    // The first request and three redirects: no more.
    assert_eq!(server.requests().len(), 4);
}

#[tokio::test]
async fn loopback_refused_before_any_connection_with_the_guard_on() {
    let server = page_server();
    let port = server.port();
    let fetcher = Fetcher::new().expect("fetcher");
    for url in [
        format!("http://127.0.0.1:{port}/"),
        format!("http://localhost:{port}/"),
        format!("http://[::ffff:127.0.0.1]:{port}/"),
    ] {
        match fetcher.fetch(&url).await {
            Err(FetchError::BlockedAddress { reason, .. }) => assert_eq!(reason, "loopback"),
            other => panic!("{url}: {other:?}"),
        }
    }
    // Give a stray connection time to be accepted before asserting there was none.
    thread::sleep(Duration::from_millis(50));
    assert_eq!(server.connections(), 0);
}

#[tokio::test]
async fn only_http_and_https_fetched() {
    let fetcher = Fetcher::new().expect("fetcher");
    for url in [
        "file:///etc/passwd",
        "ftp://127.0.0.1/",
        "data:text/html,<p>hi",
    ] {
        assert!(
            matches!(
                fetcher.fetch(url).await,
                Err(FetchError::UnsupportedScheme { .. })
            ),
            "{url}"
        );
    }
    assert!(matches!(
        fetcher.fetch("not a url").await,
        Err(FetchError::InvalidUrl { .. })
    ));
}

/// Headers, then one byte of the body a second (at most `seconds` bytes).
fn drip(s: &mut TcpStream, seconds: usize) -> io::Result<()> {
    respond_head(
        s,
        "200 OK",
        &[("Content-Type", "text/html"), ("Content-Length", "1000")],
    )?;
    for _ in 0..seconds {
        s.write_all(b"<")?;
        s.flush()?;
        thread::sleep(Duration::from_secs(1));
    }
    Ok(())
}

#[tokio::test]
async fn slow_drip_stopped_by_the_total_timeout() {
    let server = Server::start(|_, s| drip(s, 20));
    let fetcher = Fetcher::builder()
        .allow_private_networks(true)
        .timeout(Duration::from_millis(1500))
        .build()
        .expect("fetcher");
    let start = Instant::now();
    match fetcher.fetch(&server.url("/slow")).await {
        Err(FetchError::Timeout {
            kind: TimeoutKind::Total,
            limit,
            ..
        }) => assert_eq!(limit, Duration::from_millis(1500)),
        other => panic!("{other:?}"),
    }
    let took = start.elapsed();
    assert!(took < Duration::from_secs(3), "{took:?}");
}

#[tokio::test]
async fn stalled_body_stopped_by_the_read_timeout() {
    let server = Server::start(|_, s| {
        respond_head(
            s,
            "200 OK",
            &[("Content-Type", "text/html"), ("Content-Length", "1000")],
        )?;
        s.write_all(b"<html><body><p>")?;
        thread::sleep(Duration::from_secs(5));
        Ok(())
    });
    let fetcher = Fetcher::builder()
        .allow_private_networks(true)
        .read_timeout(Duration::from_millis(700))
        .build()
        .expect("fetcher");
    let start = Instant::now();
    match fetcher.fetch(&server.url("/stall")).await {
        Err(FetchError::Timeout {
            kind: TimeoutKind::Read,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    assert!(start.elapsed() < Duration::from_secs(3));
}

/// Bytes in a 30 MB body.
const HUGE: usize = 30_000_000;

#[tokio::test]
async fn body_over_the_cap_refused_while_streaming() {
    // No Content-Length: the size shows only while reading.
    let server = Server::start(|_, s| {
        respond_head(s, "200 OK", &[("Content-Type", "text/html")])?;
        let chunk = vec![b' '; 64 * 1024];
        let mut sent = 0;
        while sent < HUGE {
            s.write_all(&chunk)?;
            sent += chunk.len();
        }
        Ok(())
    });
    let fetcher = local();
    match fetcher.fetch(&server.url("/huge")).await {
        Err(FetchError::BodyTooLarge { limit, .. }) => assert_eq!(limit, 20 * 1024 * 1024),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn declared_body_over_the_cap_refused_without_reading() {
    // The server declares 30 MB and then sends nothing: only the header can refuse it.
    let server = Server::start(|_, s| {
        respond_head(
            s,
            "200 OK",
            &[
                ("Content-Type", "text/html"),
                ("Content-Length", "30000000"),
            ],
        )?;
        thread::sleep(Duration::from_secs(5));
        Ok(())
    });
    let start = Instant::now();
    match local().fetch(&server.url("/declared")).await {
        Err(FetchError::BodyTooLarge { .. }) => {}
        other => panic!("{other:?}"),
    }
    assert!(start.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn gzip_bomb_refused_at_the_cap() {
    // 64 MiB of spaces compress to about 64 KiB; the default cap is 20 MiB.
    let bomb = {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let block = vec![b' '; 1024 * 1024];
        for _ in 0..64 {
            gz.write_all(&block).expect("gzip");
        }
        gz.finish().expect("gzip")
    };
    assert!(bomb.len() < 1024 * 1024, "{}", bomb.len());
    let server = Server::start(move |_, s| {
        respond(
            s,
            "200 OK",
            &[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
            &bomb,
        )
    });
    match local().fetch(&server.url("/bomb")).await {
        Err(FetchError::BodyTooLarge { limit, .. }) => assert_eq!(limit, 20 * 1024 * 1024),
        other => panic!("{other:?}"),
    }
    // The request offered compression, so the bomb went through the decoder.
    let requests = server.requests();
    let encodings = requests[0].header("accept-encoding").unwrap_or("");
    assert!(
        encodings.contains("gzip") && encodings.contains("br"),
        "{encodings}"
    );
}

#[tokio::test]
async fn gzip_page_decompressed() {
    let gz = {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(PAGE.as_bytes()).expect("gzip");
        gz.finish().expect("gzip")
    };
    let server = Server::start(move |_, s| {
        respond(
            s,
            "200 OK",
            &[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
            &gz,
        )
    });
    let fetched = local().fetch(&server.url("/gz")).await.expect("fetch");
    assert_eq!(fetched.bytes_read, PAGE.len() as u64);
    assert_eq!(
        fetched.article.title.as_deref(),
        Some("Floods close schools")
    );
}

#[tokio::test]
async fn body_shorter_than_its_content_length_is_a_transport_error() {
    let server = Server::start(|_, s| {
        respond_head(
            s,
            "200 OK",
            &[("Content-Type", "text/html"), ("Content-Length", "5000")],
        )?;
        // 1,000-odd bytes, then the connection closes.
        s.write_all(PAGE.as_bytes())
    });
    match local().fetch(&server.url("/short")).await {
        Err(FetchError::Transport { source, .. }) => {
            assert!(!source.to_string().is_empty());
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn body_longer_than_its_content_length_is_cut_at_it() {
    let server = Server::start(|_, s| {
        respond_head(
            s,
            "200 OK",
            &[("Content-Type", "text/html"), ("Content-Length", "200")],
        )?;
        s.write_all(PAGE.as_bytes())
    });
    let fetched = local().fetch(&server.url("/long")).await.expect("fetch");
    assert_eq!(fetched.bytes_read, 200);
}

#[tokio::test]
async fn image_refused_without_reading_the_body() {
    // The body would take 10 s to arrive: only a refusal made on the headers is quick.
    let server = Server::start(|_, s| {
        respond_head(
            s,
            "200 OK",
            &[("Content-Type", "image/png"), ("Content-Length", "100")],
        )?;
        for _ in 0..100 {
            s.write_all(b"\x89")?;
            thread::sleep(Duration::from_millis(100));
        }
        Ok(())
    });
    let start = Instant::now();
    match local().fetch(&server.url("/lead.png")).await {
        Err(FetchError::UnsupportedContentType { content_type, .. }) => {
            assert_eq!(content_type, "image/png");
        }
        other => panic!("{other:?}"),
    }
    assert!(start.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn missing_content_type_sniffed() {
    let server = Server::start(|req, s| {
        let body: &[u8] = if req.path == "/page" {
            PAGE.as_bytes()
        } else {
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
        };
        respond(s, "200 OK", &[], body)
    });
    let fetched = local().fetch(&server.url("/page")).await.expect("fetch");
    assert_eq!(fetched.content_type, None);
    assert_eq!(
        fetched.article.title.as_deref(),
        Some("Floods close schools")
    );
    match local().fetch(&server.url("/image")).await {
        Err(FetchError::UnsupportedContentType { content_type, .. }) => {
            assert_eq!(content_type, "(none)");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn windows_1252_page_decoded_with_the_header_charset() {
    // "Café owners say the “crisis” – now in its third week – will cost €2m" and more, in
    // windows-1252, with no <meta charset>: only the HTTP header names the encoding.
    let html = "<html><head><title>Café owners count the cost</title></head><body><article>\
        <h1>Café owners count the cost</h1>\
        <p>Café owners say the “crisis” – now in its third week – will cost the old town €2m, \
        and the mayor’s office has promised a reply before Friday’s council meeting.</p>\
        <p>Naïve hopes of a quick fix faded after the façade of the market hall was closed \
        for repairs that the council now expects to last until the end of the year.</p>\
        </article></body></html>";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(html);
    assert!(!unmappable);
    let bytes = bytes.into_owned();
    assert!(std::str::from_utf8(&bytes).is_err());
    let server = Server::start(move |_, s| {
        respond(
            s,
            "200 OK",
            &[("Content-Type", "text/html; charset=windows-1252")],
            &bytes,
        )
    });
    let fetched = local().fetch(&server.url("/cafe")).await.expect("fetch");
    assert_eq!(fetched.charset, "windows-1252");
    assert_eq!(
        fetched.article.title.as_deref(),
        Some("Café owners count the cost")
    );
    let text = fetched.article.text();
    assert!(
        text.contains(
            "Café owners say the “crisis” – now in its third week – will cost the old town €2m"
        ),
        "{text}"
    );
    assert!(
        text.contains("Naïve hopes") && text.contains("façade"),
        "{text}"
    );
}

#[tokio::test]
async fn error_statuses_are_typed() {
    let server = Server::start(|req, s| match req.path.as_str() {
        "/missing" => respond(
            s,
            "404 Not Found",
            &[("Content-Type", "text/html")],
            b"<p>no",
        ),
        _ => respond(
            s,
            "500 Internal Server Error",
            &[("Content-Type", "text/html")],
            b"<p>oops",
        ),
    });
    let fetcher = local();
    for (path, code) in [("/missing", 404), ("/broken", 500)] {
        match fetcher.fetch(&server.url(path)).await {
            Err(FetchError::Status { status, url }) => {
                assert_eq!((status, url), (code, server.url(path)));
            }
            other => panic!("{path}: {other:?}"),
        }
    }
}

#[cfg(feature = "blocking")]
#[test]
fn blocking_fetcher_fetches_without_a_runtime() {
    let server = page_server();
    let fetcher = newsprint::BlockingFetcher::new(local()).expect("runtime");
    let fetched = fetcher.fetch(&server.url("/news")).expect("fetch");
    assert_eq!(
        fetched.article.title.as_deref(),
        Some("Floods close schools")
    );
    // The guard is the wrapped fetcher's.
    let guarded = newsprint::BlockingFetcher::new(Fetcher::new().expect("fetcher")).expect("rt");
    assert!(matches!(
        guarded.fetch(&server.url("/news")),
        Err(FetchError::BlockedAddress { .. })
    ));
}

#[cfg(feature = "blocking")]
#[tokio::test]
async fn blocking_fetcher_inside_a_runtime_is_an_error_not_a_panic() {
    let server = page_server();
    let fetcher = std::thread::spawn(|| newsprint::BlockingFetcher::new(local()).expect("rt"))
        .join()
        .expect("thread");
    assert!(matches!(
        fetcher.fetch(&server.url("/news")),
        Err(FetchError::Setup { .. })
    ));
    // Dropping a runtime inside another one panics: drop it off the runtime.
    std::thread::spawn(move || drop(fetcher))
        .join()
        .expect("drop");
    assert_eq!(server.connections(), 0);
}

#[tokio::test]
async fn content_language_header_names_a_page_that_declares_none() {
    // A short notice without `lang` or language meta tags: too little text to detect; the
    // server's `Content-Language` names it. A page declaring its language keeps its own.
    let notice = "<html><head><title>Hinweis</title></head><body><article><h1>Hinweis</h1>\
        <p>Geschlossen.</p></article></body></html>";
    let declared = "<html lang=\"fr\"><head><title>Avis</title></head><body><article>\
        <h1>Avis</h1><p>Fermé.</p></article></body></html>";
    let server = Server::start(move |request, s| {
        let page = if request.path.contains("avis") {
            declared
        } else {
            notice
        };
        respond(
            s,
            "200 OK",
            &[
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Language", "de-AT, en"),
            ],
            page.as_bytes(),
        )
    });
    let fetched = local().fetch(&server.url("/hinweis")).await.expect("fetch");
    let article = &fetched.article;
    assert_eq!(article.language.as_deref(), Some("de"));
    let how = article
        .provenance_of(newsprint::Field::Language)
        .expect("provenance");
    assert_eq!(how.signal, newsprint::Signal::Header);
    assert_eq!(how.raw, "de-AT, en");
    let fetched = local().fetch(&server.url("/avis")).await.expect("fetch");
    assert_eq!(fetched.article.language.as_deref(), Some("fr"));
}
