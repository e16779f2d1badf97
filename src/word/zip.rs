//! A store-only ZIP writer: just enough container for a .docx (Word reads stored entries as
//! well as deflated ones). No dependency, no compression code in the wasm; a Word file of the
//! largest application is a few hundred KB uncompressed, which is fine for a download.

/// CRC-32 (IEEE, reflected, as ZIP wants it), table-driven; the table is built at compile time
/// (an overflow there would be a compile error, not a panic at run time).
#[allow(clippy::arithmetic_side_effects)]
const CRC_TABEL: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// The CRC-32 of `data`.
pub fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for b in data {
        let i = usize::from((c as u8) ^ b);
        c = CRC_TABEL.get(i).copied().unwrap_or(0) ^ (c >> 8);
    }
    !c
}

/// Collects entries and writes the archive. Sizes and offsets are 32-bit (no ZIP64): an entry
/// or archive past 4 GiB cannot occur here (an application is at most 20 MB at import), and is
/// clamped rather than wrapped so the writer can never panic.
#[derive(Default)]
pub struct Zip {
    uit: Vec<u8>,
    centraal: Vec<u8>,
    aantal: u16,
}

fn u32_van(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Zip {
    /// Adds one stored file.
    pub fn voeg_toe(&mut self, naam: &str, data: &[u8]) {
        let crc = crc32(data);
        let grootte = u32_van(data.len()).to_le_bytes();
        let naam_len = u16::try_from(naam.len()).unwrap_or(u16::MAX).to_le_bytes();
        let offset = u32_van(self.uit.len()).to_le_bytes();
        // A fixed timestamp (1-1-1980): the same document gives the same bytes.
        let kop = |sig: u32| -> Vec<u8> {
            let mut v = Vec::with_capacity(46);
            v.extend_from_slice(&sig.to_le_bytes());
            v
        };
        // Local file header.
        let mut lokaal = kop(0x0403_4b50);
        lokaal.extend_from_slice(&20u16.to_le_bytes()); // version needed
        lokaal.extend_from_slice(&0x0800u16.to_le_bytes()); // flags: UTF-8 names
        lokaal.extend_from_slice(&0u16.to_le_bytes()); // method: stored
        lokaal.extend_from_slice(&0u16.to_le_bytes()); // time
        lokaal.extend_from_slice(&0x0021u16.to_le_bytes()); // date 1980-01-01
        lokaal.extend_from_slice(&crc.to_le_bytes());
        lokaal.extend_from_slice(&grootte);
        lokaal.extend_from_slice(&grootte);
        lokaal.extend_from_slice(&naam_len);
        lokaal.extend_from_slice(&0u16.to_le_bytes()); // extra length
        self.uit.extend_from_slice(&lokaal);
        self.uit.extend_from_slice(naam.as_bytes());
        self.uit.extend_from_slice(data);
        // Central directory entry.
        let mut c = kop(0x0201_4b50);
        c.extend_from_slice(&20u16.to_le_bytes()); // version made by
        c.extend_from_slice(&20u16.to_le_bytes()); // version needed
        c.extend_from_slice(&0x0800u16.to_le_bytes());
        c.extend_from_slice(&0u16.to_le_bytes());
        c.extend_from_slice(&0u16.to_le_bytes());
        c.extend_from_slice(&0x0021u16.to_le_bytes());
        c.extend_from_slice(&crc.to_le_bytes());
        c.extend_from_slice(&grootte);
        c.extend_from_slice(&grootte);
        c.extend_from_slice(&naam_len);
        c.extend_from_slice(&[0; 12]); // extra, comment, disk, internal attrs, external attrs (4)
        c.extend_from_slice(&offset);
        c.extend_from_slice(naam.as_bytes());
        self.centraal.extend_from_slice(&c);
        self.aantal = self.aantal.saturating_add(1);
    }

    /// The finished archive.
    pub fn klaar(mut self) -> Vec<u8> {
        let begin = u32_van(self.uit.len()).to_le_bytes();
        let lengte = u32_van(self.centraal.len()).to_le_bytes();
        let centraal = std::mem::take(&mut self.centraal);
        self.uit.extend_from_slice(&centraal);
        self.uit.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        self.uit.extend_from_slice(&[0; 4]); // disk numbers
        self.uit.extend_from_slice(&self.aantal.to_le_bytes());
        self.uit.extend_from_slice(&self.aantal.to_le_bytes());
        self.uit.extend_from_slice(&lengte);
        self.uit.extend_from_slice(&begin);
        self.uit.extend_from_slice(&0u16.to_le_bytes()); // comment length
        self.uit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_known_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
