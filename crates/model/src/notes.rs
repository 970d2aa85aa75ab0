//! The model in plain words, for the app's "Model" panel, in both languages.

use crate::Lang;

/// The model in plain words: a few paragraphs.
pub fn model_notes(lang: Lang) -> &'static str {
    lang.pick(NOTES_ID, NOTES_EN)
}

const NOTES_EN: &str = "\
Canting simulates Pekalongan's batik industry month by month: about 1,250 businesses, about 12,000 artisans (one agent each, most of them over 50), 281 registered cooperatives, and each year a cohort of young people who may or may not take up batik work. The numbers at the start come from published figures (see the parameter list); where no source gives a number, the model uses an assumption and says so.

Each strategy's yearly budget buys a share of what the strategy can do, with diminishing returns: the first rupiah buys the most, and no strategy can absorb unlimited money. Batik as a government priority decides how well every other programme is delivered. Product quality and technology pay for training places. Training is offered, reaches some artisans and is applied by fewer: older artisans and those not at ease with technology are reached and apply it less, unless mentoring (from networking) and technology support help. Training also spreads from artisans who apply it to their colleagues and to linked businesses. Networking forms those links; finance keeps cooperatives alive and brings loans for equipment; local materials lower costs and the exposure to imported-cloth prices; export promotion moves good businesses to national and foreign buyers.

The three obstacles are not fixed numbers: they come out of the agents. 'Training does not reach or is not taken up' is half the artisans never reached and half those reached who do not apply it. 'Young people's low interest' is how far the young who entered in the last year fall short of replacing those who left. 'Artisans not at ease with technology' is the share below a literacy threshold. Competitiveness (0-100) combines quality, productivity, cost and market reach, weighted by the businesses' artisans.

Every run starts with a year under today's allocation, so all scenarios begin from the same state at month 0. Randomness is seeded: the same scenario and seed give the same numbers on every computer, and two scenarios on the same seed meet the same chance events, so their difference is the policy's, not luck's. The bands show the 10th to 90th percentile over many seeded runs. The model is a thinking tool built on a qualitative study and a few published figures, not a forecast.";

const NOTES_ID: &str = "\
Canting menyimulasikan industri batik Kota Pekalongan bulan demi bulan: sekitar 1.250 usaha, sekitar 12.000 perajin (satu agen per orang, kebanyakan berusia di atas 50 tahun), 281 koperasi terdaftar, dan setiap tahun sekelompok kaum muda yang mungkin masuk atau tidak masuk kerja batik. Angka awal diambil dari data yang pernah diterbitkan (lihat daftar parameter); bila tidak ada sumber, model memakai asumsi dan menyebutnya asumsi.

Anggaran tahunan setiap strategi membeli sebagian dari apa yang dapat dilakukan strategi itu, dengan hasil yang makin berkurang: rupiah pertama membeli paling banyak, dan tidak ada strategi yang dapat menyerap uang tanpa batas. Batik sebagai prioritas pemerintah menentukan seberapa baik program lain dijalankan. Mutu produk dan teknologi membiayai tempat pelatihan. Pelatihan ditawarkan, menjangkau sebagian perajin, dan diterapkan oleh lebih sedikit lagi: perajin tua dan yang gagap teknologi lebih jarang terjangkau dan menerapkannya, kecuali dibantu pendampingan (dari jejaring) dan dukungan teknologi. Pelatihan juga menyebar dari perajin yang menerapkannya ke rekan kerja dan ke usaha yang bertaut. Jejaring membentuk tautan itu; pembiayaan menjaga koperasi tetap hidup dan membawa kredit untuk peralatan; bahan lokal menurunkan biaya dan kerentanan terhadap harga kain impor; promosi ekspor membawa usaha yang bermutu ke pembeli nasional dan luar negeri.

Tiga hambatan bukan angka tetap: semuanya muncul dari perilaku agen. 'Hasil pelatihan kurang tersampaikan' adalah separuh dari perajin yang belum terjangkau dan separuh dari yang terjangkau tetapi tidak menerapkannya. 'Kurangnya minat generasi muda' adalah seberapa jauh kaum muda yang masuk setahun terakhir kurang dari perajin yang keluar. 'Perajin gagap teknologi' adalah bagian perajin di bawah ambang literasi teknologi. Daya saing (0-100) menggabungkan mutu, produktivitas, biaya dan jangkauan pasar, dibobot menurut jumlah perajin tiap usaha.

Setiap ulangan dimulai dengan satu tahun pada alokasi saat ini, sehingga semua skenario berangkat dari keadaan yang sama pada bulan 0. Keacakan memakai benih acak: skenario dan benih yang sama memberi angka yang sama di komputer mana pun, dan dua skenario dengan benih yang sama mengalami kejadian acak yang sama, sehingga selisihnya adalah akibat kebijakan, bukan untung-untungan. Pita menunjukkan persentil ke-10 sampai ke-90 dari banyak ulangan. Model ini alat bantu berpikir yang dibangun dari sebuah studi kualitatif dan sedikit data terbitan, bukan ramalan.";
