//! The seven strategies of Pekalongan's trade, cooperatives and SME office (Disperindagkop dan
//! UMKM), in the order of the study (Fadlilah, JOPPAR 1(5)), with their labels, plain
//! descriptions and the model mechanisms each one drives.

use crate::Lang;

/// One of the agency's seven strategies, in the study's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Strategy {
    /// (1) Flagship-product competitiveness and exports.
    FlagshipExports,
    /// (2) Batik as a government priority.
    GovernmentPriority,
    /// (3) Networking of government, business and stakeholders.
    Networking,
    /// (4) Product quality.
    ProductQuality,
    /// (5) Cooperative and SME credibility for finance.
    FinanceCredibility,
    /// (6) Local raw materials and domestic products.
    LocalMaterials,
    /// (7) Modern technology and local wisdom.
    TechnologyWisdom,
}

impl Strategy {
    /// All seven, in the study's order.
    pub const ALL: [Strategy; 7] = [
        Strategy::FlagshipExports,
        Strategy::GovernmentPriority,
        Strategy::Networking,
        Strategy::ProductQuality,
        Strategy::FinanceCredibility,
        Strategy::LocalMaterials,
        Strategy::TechnologyWisdom,
    ];

    /// The position in the study's list, 0 to 6.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The strategy at a position 0 to 6, or `None`.
    pub fn from_index(idx: usize) -> Option<Strategy> {
        Strategy::ALL.get(idx).copied()
    }

    /// The snake_case key used in JSON and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Strategy::FlagshipExports => "flagship_exports",
            Strategy::GovernmentPriority => "government_priority",
            Strategy::Networking => "networking",
            Strategy::ProductQuality => "product_quality",
            Strategy::FinanceCredibility => "finance_credibility",
            Strategy::LocalMaterials => "local_materials",
            Strategy::TechnologyWisdom => "technology_wisdom",
        }
    }

    /// The strategy with this key, or `None`.
    pub fn from_key(key: &str) -> Option<Strategy> {
        Strategy::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The label shown to users (PRODUCT.md's table).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Strategy::FlagshipExports => lang.pick(
                "Daya saing produk unggulan dan orientasi ekspor",
                "Flagship-product competitiveness and exports",
            ),
            Strategy::GovernmentPriority => lang.pick(
                "Batik sebagai prioritas program pemerintah",
                "Batik as a government priority",
            ),
            Strategy::Networking => lang.pick(
                "Jejaring pemerintah, dunia usaha dan pemangku kepentingan",
                "Networking of government, business and stakeholders",
            ),
            Strategy::ProductQuality => lang.pick("Mutu dan kualitas produk", "Product quality"),
            Strategy::FinanceCredibility => lang.pick(
                "Kredibilitas koperasi dan UMKM untuk akses pembiayaan",
                "Cooperative and SME credibility for finance",
            ),
            Strategy::LocalMaterials => lang.pick(
                "Bahan baku lokal dan produk dalam negeri",
                "Local raw materials and domestic products",
            ),
            Strategy::TechnologyWisdom => lang.pick(
                "Teknologi modern dan kearifan lokal",
                "Modern technology and local wisdom",
            ),
        }
    }

    /// What the agency does under this strategy, per the study, in two to four plain sentences.
    pub fn description(self, lang: Lang) -> &'static str {
        match self {
            Strategy::FlagshipExports => lang.pick(
                "Dinas meningkatkan daya saing produk UMKM melalui produktivitas yang berbasis produk unggulan daerah, berdaya saing global dan berorientasi ekspor. Dalam praktik ini berarti pameran dagang, temu pembeli dari luar negeri, dan pembinaan lini produk unggulan.",
                "The agency raises the competitiveness of small businesses' products through productivity built on the region's flagship products, competitive worldwide and aimed at export. In practice this means trade fairs, meetings with foreign buyers, and support for flagship product lines.",
            ),
            Strategy::GovernmentPriority => lang.pick(
                "Industri batik dijadikan salah satu prioritas program pemerintah yang harus dikembangkan. Dengan status prioritas, program-program lain dijalankan lebih sungguh-sungguh, dan batik hadir di sekolah, festival dan acara kota sehingga dikenal dan dihargai generasi muda.",
                "The batik industry is made one of the government's priority programmes to be developed. With priority status the other programmes are carried out more thoroughly, and batik appears in school lessons, festivals and city events, so that the young know and value it.",
            ),
            Strategy::Networking => lang.pick(
                "Dinas mengembangkan jejaring kerja antara pemerintah, dunia usaha, akademisi dan pemangku kepentingan lain. Jejaring ini membawa pendampingan dari kampus dan dinas, dan menjadi jalur tempat pelatihan serta cara kerja yang baik menyebar dari perajin ke perajin dan dari usaha ke usaha.",
                "The agency builds working networks between government, business, academics and other stakeholders. These networks bring mentoring from universities and the agency, and are the channels through which training and good practice spread from artisan to artisan and from business to business.",
            ),
            Strategy::ProductQuality => lang.pick(
                "Dinas meningkatkan mutu dan kualitas produk industri kreatif batik, terutama lewat pelatihan keterampilan perajin dan sertifikasi mutu. Perajin yang mengikuti dan menerapkan pelatihan menaikkan mutu dan produktivitas tempat mereka bekerja.",
                "The agency raises the quality of the creative batik industry's products, mainly through skills training for artisans and quality certification. Artisans who take the training and apply it raise the quality and productivity of the businesses they work for.",
            ),
            Strategy::FinanceCredibility => lang.pick(
                "Dinas meningkatkan kredibilitas kelembagaan koperasi dan UMKM agar dapat mengakses pendanaan dari perbankan maupun non-perbankan. Koperasi yang sehat tetap aktif, dan anggotanya lebih mudah memperoleh kredit (misalnya KUR) untuk modal dan peralatan.",
                "The agency strengthens the standing of cooperatives and small businesses so that they can obtain funding from banks and other lenders. Healthy cooperatives stay active, and their members find it easier to obtain credit (such as KUR) for working capital and equipment.",
            ),
            Strategy::LocalMaterials => lang.pick(
                "Dinas mendorong penggunaan bahan baku lokal dan produk dalam negeri untuk menaikkan daya saing. Kain mori dan bahan lain yang diimpor mengikuti harga dolar; bahan lokal mengurangi biaya dan kerentanan terhadap lonjakan harga.",
                "The agency promotes local raw materials and domestic products to make batik more competitive. Imported cotton cloth and other inputs follow the US dollar; local materials lower costs and the exposure to price spikes.",
            ),
            Strategy::TechnologyWisdom => lang.pick(
                "Dinas memanfaatkan teknologi modern dan kearifan lokal untuk menaikkan daya saing produk unggulan daerah. Ini mencakup pelatihan literasi teknologi, penjualan daring dan alat desain, dengan tetap menjaga teknik dan motif tradisional, sehingga batik juga tampak modern di mata generasi muda.",
                "The agency uses modern technology together with local wisdom to make the region's flagship products more competitive. This covers technology-literacy training, online selling and design tools while keeping traditional techniques and motifs, which also makes batik look modern to the young.",
            ),
        }
    }

    /// Which model mechanisms this strategy's budget drives, in plain words.
    pub fn mechanisms(self, lang: Lang) -> &'static str {
        match self {
            Strategy::FlagshipExports => lang.pick(
                "Menaikkan peluang usaha bermutu cukup untuk naik dari pasar lokal ke nasional dan dari nasional ke ekspor; usaha yang mengekspor belajar dan mutunya naik. Usaha yang tumbuh merekrut perajin baru yang belum terlatih, sehingga bagian penerap pelatihan sedikit menipis.",
                "Raises the chance that a business of good enough quality moves up from local to national and from national to export markets; exporting businesses learn and their quality rises. Businesses that grow hire new, untrained artisans, so the share applying training thins a little.",
            ),
            Strategy::GovernmentPriority => lang.pick(
                "Menaikkan bagian anggaran program lain yang sampai ke lapangan (sekali saja, paling banyak sekitar seperlima lebih), dan citra batik di mata kaum muda, yang menaikkan peluang mereka masuk kerja batik.",
                "Raises how much of every other programme's budget reaches the field (once, at most about a fifth more), and batik's standing with the young, which raises their chance of entering batik work.",
            ),
            Strategy::Networking => lang.pick(
                "Membentuk tautan baru antarusaha dan tautan pendampingan ke kampus dan dinas. Lewat tautan ini pelatihan menyebar antarperajin, perajin terlatih lebih sering tetap menerapkan pelatihan, dan perajin tua lebih mudah terjangkau.",
                "Forms new links between businesses and mentoring links to universities and the agency. Through them training spreads from artisan to artisan, trained artisans keep applying it, and older artisans are reached more easily.",
            ),
            Strategy::ProductQuality => lang.pick(
                "Membiayai tempat pelatihan keterampilan (yang ditawarkan, menjangkau sebagian perajin, dan diterapkan oleh lebih sedikit lagi) dan sertifikasi mutu usaha, dengan pembagian anggaran yang tetap. Penerap pelatihan menaikkan mutu dan produktivitas usahanya sedikit demi sedikit.",
                "Pays for skills-training places (offered, reaching some artisans, applied by fewer) and for businesses' quality certification, in a fixed split of its budget. Artisans who apply training raise their business's quality and productivity a little.",
            ),
            Strategy::FinanceCredibility => lang.pick(
                "Menjaga koperasi tetap aktif dan menghidupkan kembali yang tidak aktif, dan menaikkan peluang usaha memperoleh kredit, yang menambah modal peralatan dan produktivitas. Usaha yang tumbuh merekrut perajin baru yang belum terlatih.",
                "Keeps cooperatives active and revives inactive ones, and raises businesses' chance of obtaining a loan, which adds equipment capital and productivity. Businesses that grow hire new, untrained artisans.",
            ),
            Strategy::LocalMaterials => lang.pick(
                "Menurunkan bagian bahan impor dalam biaya usaha dan harga bahan lokal, sehingga biaya lebih rendah dan lonjakan harga bahan impor kurang berpengaruh. Tidak menggerakkan ketiga hambatan: pengaruhnya lewat biaya dan daya saing saja.",
                "Lowers the imported share of businesses' materials and the price of local materials, so costs fall and spikes in imported-material prices matter less. It moves none of the three obstacles: it acts through cost and competitiveness only.",
            ),
            Strategy::TechnologyWisdom => lang.pick(
                "Membiayai pelatihan literasi teknologi dan dukungan teknologi yang menurunkan hambatan gagap teknologi dalam setiap pelatihan, mendorong penjualan daring, dan menaikkan citra batik di mata kaum muda.",
                "Pays for technology-literacy training and for technology support that lowers the technology barrier in every training, spreads online selling, and raises batik's image with the young.",
            ),
        }
    }
}
