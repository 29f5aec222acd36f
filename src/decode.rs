//! Bytes to text. (stub: being written)

use url::Url;

use crate::Error;

/// Decode `bytes` to UTF-8 text.
pub(crate) fn decode(
    bytes: &[u8],
    _transport: Option<&str>,
    _url: Option<&Url>,
) -> Result<String, Error> {
    Ok(String::from_utf8_lossy(bytes).into_owned())
}
