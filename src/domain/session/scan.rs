//! Reading a QR code from a camera frame, for the console's result scanner.
//! The UI draws a video frame on a canvas and passes its RGBA pixels; this
//! turns them to grey and lets `rqrr` (pure Rust, no image crate) find and
//! decode the codes. Pure, so it is tested natively with generated images.

/// The text of the first QR code found in an RGBA image of `width` × `height`
/// pixels, or None. Frames whose size does not match the pixels give None.
pub fn decode_rgba(width: usize, height: usize, rgba: &[u8]) -> Option<String> {
    if width == 0 || height == 0 || rgba.len() != width.checked_mul(height)?.checked_mul(4)? {
        return None;
    }
    let grey = |x: usize, y: usize| {
        let i = (y * width + x) * 4;
        // ITU-R BT.601 luma, in integers.
        ((u32::from(rgba[i]) * 299 + u32::from(rgba[i + 1]) * 587 + u32::from(rgba[i + 2]) * 114) / 1000) as u8
    };
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, grey);
    image.detect_grids().into_iter().find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}
