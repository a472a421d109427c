/** Bahasa Indonesia. Kosakata: docs/glossary/id.md. */
import type { Catalog } from './index';

export default {
  // actuals
  'actuals.skip.blankRow': 'Baris {row} kosong.',
  'actuals.skip.duplicateRecordId':
    'Baris {row}: catatan "{value}" di {column} sudah muncul di atas; catatan ini dihitung sekali, dari baris pertamanya.',
  'actuals.skip.unparseableDate':
    'Baris {row}: "{value}" di {column} bukan tanggal yang dapat dibaca.',
  'actuals.skip.impossibleDate':
    'Baris {row}: "{value}" di {column} bukan tanggal kalender atau waktu yang nyata.',
  'actuals.skip.invalidAmount':
    'Baris {row}: "{value}" di {column} bukan jumlah yang valid (angka nol atau lebih); nilai ini tidak dimasukkan ke pendapatan.',
  'actuals.skip.firstTouchBeforeHandover':
    'Baris {row}: kontak pertama "{value}" di {column} terjadi sebelum serah terima; prospek ini tidak dihitung dalam kecepatan tindak lanjut.',
  'actuals.warn.stageDatesOutOfOrder':
    'Baris {row}: "{value}" di {column} lebih awal dari tanggal tahap sebelumnya; nilai ini dihitung apa adanya.',
  'actuals.warn.mappedColumnMissing':
    'Kolom "{column}" dari pemetaan tidak ada di tab sumber; data yang bergantung padanya tidak diubah.',
  'actuals.warn.columnMappedTwice':
    'Kolom "{column}" dipetakan ke lebih dari satu bidang ({value}).',
  'actuals.source.none': '(tanpa sumber)',

  // functions
  'status.on_track': 'Sesuai target',
  'status.at_risk': 'Berisiko',
  'status.behind': 'Tertinggal',
  'stage.visits': 'Kunjungan',
  'stage.leads': 'Prospek',
  'stage.mqls': 'MQL',
  'stage.sqls': 'SQL',
  'stage.opportunities': 'Peluang',
  'stage.customers': 'Pelanggan',
  'stage.numbered': 'Tahap {n}',
  'fn.where.row': ' (baris {row} dari rentang)',
  'fn.where.column': ' (kolom {col} dari rentang)',
  'fn.where.cell': ' (baris {row}, kolom {col} dari rentang)',
  'fn.err.missing': '{fn}: {arg} tidak ada. Tambahkan sebagai argumen ke-{position}.',
  'fn.err.blank': '{fn}: {arg}{where} kosong. Isi dengan angka.',
  'fn.err.text':
    '{fn}: {arg}{where} berisi teks {value}, bukan angka. Masukkan sebagai angka (tanpa tanda kutip dan satuan), atau perbaiki format sel.',
  'fn.err.date': '{fn}: {arg}{where} berisi tanggal ({value}), bukan angka. Masukkan angka biasa.',
  'fn.err.boolean':
    '{fn}: {arg}{where} berisi {value}, nilai TRUE/FALSE, bukan angka. Masukkan angka.',
  'fn.err.notFinite':
    '{fn}: {arg}{where} berisi {value}, bukan angka yang dapat dipakai. Masukkan angka terhingga.',
  'fn.err.negative':
    '{fn}: {arg}{where} berisi {value}; nilainya tidak boleh negatif. Masukkan 0 atau lebih.',
  'fn.err.notPositive': '{fn}: {arg}{where} berisi {value}; nilainya harus lebih dari 0.',
  'fn.err.notWhole':
    '{fn}: {arg}{where} berisi {value}; harus bilangan bulat dari {min} sampai {max}. Masukkan bilangan bulat, atau bungkus dengan ROUND().',
  'fn.err.tooLarge':
    '{fn}: {arg}{where} berisi {value}, terlalu besar untuk perencanaan. Masukkan nilai paling banyak {max}.',
  'fn.err.resultTooLarge':
    '{fn}: hasil untuk {arg}{where} = {value} terlalu besar untuk dihitung. Periksa input untuk nilai ekstrem (tingkat atau nilai transaksi yang sangat kecil, angka yang sangat besar).',
  'fn.err.rateText':
    '{fn}: {arg}{where} berisi teks {value}, bukan tingkat. Masukkan persentase seperti 25% atau desimal seperti 0,25.',
  'fn.err.ratePercentLike':
    '{fn}: {arg}{where} berisi {value}, persentase yang diketik sebagai angka biasa. Maksud Anda {value}%? Masukkan {value}% atau {decimal}.',
  'fn.err.rateRange':
    '{fn}: {arg}{where} berisi {value}; tingkat konversi harus lebih dari 0% dan paling banyak 100%. Masukkan misalnya 25% atau 0,25.',
  'fn.err.toleranceRange':
    '{fn}: {arg} berisi {value}; toleransi harus dari 0% sampai 100%. Masukkan misalnya 10% atau 0,1.',
  'fn.err.growthRange':
    '{fn}: {arg} berisi {value}; pertumbuhan bulanan harus di atas -100% dan paling banyak 100%. Masukkan misalnya 5% atau -2%.',
  'fn.err.ratesEmpty':
    '{fn}: {arg} kosong. Masukkan setidaknya satu tingkat konversi, misalnya 25%.',
  'fn.err.ratesGap':
    '{fn}: {arg}{where} kosong di antara dua tingkat. Isi tingkat yang hilang, atau pilih hanya sel yang berisi tingkat.',
  'fn.err.notSingle': '{fn}: {arg} adalah rentang {size}; harus berupa satu sel. {hint}',
  'fn.err.hint.vectorize': 'Untuk satu hasil per baris, gunakan {other}.',
  'fn.err.hint.none': 'Arahkan ke satu sel.',
  'fn.err.shape':
    '{fn}: {arg} adalah rentang {size}; harus berupa satu sel atau rentang {expected} seperti {other}.',
  'fn.err.notVector': '{fn}: {arg} adalah blok {size}; berikan satu baris atau satu kolom.',
  'fn.err.ratesBlock':
    '{fn}: {arg} adalah blok {size} yang tidak cocok dengan {other}, yaitu {expected}. Berikan satu baris atau kolom tingkat yang berlaku untuk setiap nilai {other}, atau blok dengan satu baris tingkat per baris {other}.',
  'fn.err.weightsCount':
    '{fn}: {arg} memiliki {count} bobot, tetapi jumlah bulan adalah {months}. Berikan satu bobot per bulan.',
  'fn.err.weightsTooLarge':
    '{fn}: jumlah {arg} melebihi batas angka. Gunakan bobot yang lebih kecil, misalnya persentase.',
  'fn.err.weightsZero': '{fn}: jumlah {arg} adalah 0. Beri setidaknya satu bulan bobot di atas 0.',
  'fn.err.namesCount':
    '{fn}: {arg} memiliki {count} nama, tetapi corong memiliki {stages} tahap ({rates} tingkat + transaksi yang dimenangkan). Berikan {stages} nama atau hilangkan {arg}.',
  'fn.err.tooFewCounts':
    '{fn}: {arg} memiliki {count} nilai; berikan setidaknya dua jumlah tahap, dimulai dari tahap teratas.',
  'fn.size.cells': '{rows} × {cols} (baris × kolom)',
  'fn.value.blank': 'kosong',
  'fn.value.invalidDate': 'tanggal tidak valid',

  // menu
  'addon.name': 'Funnel SLA',
  'menu.open': 'Buka Funnel SLA',
  'commit.err.missingTab':
    'Tab "{name}" tidak ada: tab ini dihapus atau diganti namanya saat Funnel SLA bekerja. Tidak ada yang ditulis; coba lagi.',

  // refresh
  'actuals.source.other': 'Lainnya',
  'refresh.err.noSla': 'Buat tab SLA terlebih dahulu: pembaruan mengisi data aktualnya.',
  'refresh.err.noSlaTab': 'Tab SLA "{name}" tidak ada. Buat ulang dari sidebar, lalu perbarui.',
  'refresh.err.noSource': 'Tidak ada tab bernama "{name}". Pilih tab yang berisi ekspor CRM Anda.',
  'refresh.err.emptySource':
    'Tab "{name}" kosong. Tempelkan ekspor CRM Anda dengan judul kolom di baris pertama.',
  'refresh.err.sourceIsSla':
    '"{name}" adalah tab SLA itu sendiri; pilih tab yang berisi ekspor CRM.',
  'refresh.err.unknownHeader':
    'Pemetaan menyebut kolom "{header}" yang tidak ada di baris pertama "{name}".',
  'refresh.err.unknownStage':
    'Pemetaan menyebut "{key}", yang bukan tahap SLA ini maupun bidang yang dikenal.',
  'refresh.err.nothingMapped':
    'Tidak ada tahap yang dipetakan ke kolom "{name}": petakan setidaknya satu tanggal tahap.',
  'refresh.err.busy':
    'Pembaruan lain pada spreadsheet ini sedang berjalan. Tunggu hingga selesai, lalu coba lagi.',
  'refresh.err.invalid': 'Opsi pembaruan tidak valid: {errors}',
  'refresh.log.tab': 'Log SLA',
  'sidetab.sla': 'SLA',
  'sidetab.version': 'Versi',
  'refresh.history.tab': 'Riwayat SLA',
  'refresh.log.when': 'Waktu',
  'refresh.log.who': 'Oleh',
  'refresh.log.source': 'Tab sumber',
  'refresh.log.read': 'Baris dibaca',
  'refresh.log.counted': 'Baris dihitung',
  'refresh.log.skipped': 'Baris dilewati',
  'refresh.log.cells': 'Sel tidak dihitung',
  'refresh.log.outside': 'Baris di luar periode',
  'refresh.log.seconds': 'Durasi (dtk)',
  'refresh.log.trigger': 'Dijalankan dari',
  'refresh.log.bySidebar': 'sidebar',
  'refresh.log.byMenu': 'menu',
  'refresh.log.bySchedule': 'jadwal',
  'refresh.log.unknownUser': '(pengguna tidak dikenal)',
  'refresh.log.failed': 'pembaruan terjadwal gagal: {error}',
  'refresh.report.more': 'dan {count} lainnya',
  'refresh.schedule.setBy': '{schedule}, diatur oleh {by}',
  'refresh.schedule.notYours':
    'Jadwal SLA ini diatur oleh {by}. Perubahan Anda menggantikannya: pemicu mereka berhenti pada jalankan berikutnya.',
  'refresh.toast.done':
    'Data aktual diperbarui: {counted} dari {read} baris dihitung, {skipped} dilewati.',
  'refresh.toast.title': 'Funnel SLA',
  'refresh.menu': 'Perbarui data aktual',
  'refresh.err.noSavedSource':
    'Belum ada tab ekspor CRM yang disiapkan. Buka sidebar, pilih tab, dan konfirmasi pemetaan sekali.',

  // review
  'review.diag.no_data': '{stage}: belum ada data aktual.',
  'review.diag.on_track':
    '{stage}: sesuai target — {actual} dari {target} hingga kini ({attainment}).',
  'review.diag.volume_top':
    '{stage}: kurang {shortfall} dari {target} hingga kini — yang masuk lebih sedikit dari rencana (volume).',
  'review.diag.volume':
    '{stage}: kurang {shortfall} dari {target} hingga kini — {prev} menghasilkan {prevActual} dari {prevTarget} (volume).',
  'review.diag.conversion':
    '{stage}: kurang {shortfall} dari {target} hingga kini — konversi {prev}→{stage} sebesar {actualRate} dibanding rencana {plannedRate} (konversi).',
  'review.diag.both':
    '{stage}: kurang {shortfall} dari {target} hingga kini — {prev} menghasilkan {prevActual} dari {prevTarget} (volume) dan konversi {prev}→{stage} sebesar {actualRate} dibanding rencana {plannedRate} (konversi).',
  'review.diag.minor':
    '{stage}: kurang {shortfall} dari {target} hingga kini, dengan volume dan konversi ({actualRate} dibanding rencana {plannedRate}) masih dalam toleransi.',
  'review.diag.short': '{stage}: kurang {shortfall} dari {target} hingga kini.',
  'review.team.marketing': 'Pemasaran',
  'review.team.sales': 'Penjualan',
  'review.team.no_data': '{team}: belum ada data aktual.',
  'review.team.on_track': '{team}: sesuai target pada {stages}.',
  'review.team.short':
    '{team}: {status} — {count} dari {total} tahap di bawah target; selisih terbesar {stage} dengan pencapaian {attainment} (kurang {shortfall}).',
  'review.rate.actual': 'Diamati selama {months} bulan dari {records} catatan.',
  'review.rate.few_records':
    'Hanya {records} catatan selama {months} bulan (minimal {min} diperlukan): tingkat yang direncanakan tetap berlaku.',
  'review.rate.no_data':
    'Tidak ada bulan dengan data untuk kedua tahap: tingkat yang direncanakan tetap berlaku.',
  'review.rate.out_of_range':
    'Tingkat teramati {rate} tidak dapat dipakai untuk perencanaan (harus di atas 0% dan paling banyak 100%): tingkat yang direncanakan tetap berlaku.',
  'review.reset.err.options': 'Opsi reset tidak valid ({fields}).',
  'review.reset.err.rates':
    'Berikan satu tingkat di antara setiap pasangan tahap ({expected} tingkat).',
  'review.reset.err.archiveExists':
    'Tab bernama "{name}" sudah ada. Ganti namanya, lalu reset lagi.',
  'review.reset.protected':
    'Versi SLA yang diarsipkan: hanya baca. Versi saat ini ada di tab tanpa akhiran versi.',
  'review.reset.err.bad_month': '"{value}" bukan bulan; gunakan YYYY-MM.',
  'review.reset.err.as_of_before_start':
    'Perjanjian dimulai pada {start}; reset memerlukan setidaknya satu bulan penuh (per {asOf}).',
  'review.reset.err.no_months_left':
    'Tidak ada bulan tersisa dari perjanjian ini setelah {asOf} (berakhir pada {end}); mulai periode perjanjian baru alih-alih reset.',
  'review.reset.err.invalid_settings': 'Pengaturan versi berikutnya tidak valid: {details}',
  'review.history.month': 'Bulan',
  'review.history.stage': 'Tahap',
  'review.history.target': 'Target',
  'review.history.actual': 'Aktual',
  'review.history.variance': 'Selisih',
  'review.history.attainment': 'Pencapaian',
  'review.history.status': 'Status',

  // settings
  'settings.field.periodStart': 'Bulan pertama',
  'settings.field.months': 'Durasi dalam bulan',
  'settings.field.reviewDate': 'Tanggal peninjauan',
  'settings.field.revenueGoal': 'Target pendapatan',
  'settings.field.currency': 'Mata uang',
  'settings.field.dealSize': 'Nilai transaksi rata-rata',
  'settings.field.stages': 'Tahap',
  'settings.field.rates': 'Tingkat konversi',
  'settings.field.lagDays': 'Hari ke tahap berikutnya',
  'settings.field.shape': 'Pola bulanan',
  'settings.field.tolerance': 'Toleransi',
  'settings.field.followUpHours': 'Tindak lanjut dalam (jam)',
  'settings.field.minTouches': 'Kontak minimum',
  'settings.field.feedbackDays': 'Umpan balik atas prospek yang ditolak dalam (hari)',
  'settings.field.agreement': 'Perjanjian',
  'settings.field.version': 'Versi pengaturan',
  'settings.field.sheetName': 'Nama tab',
  'settings.field.agreementVersion': 'Versi perjanjian',
  'settings.err.invalid': '{field}: nilai ini tidak valid.',
  'settings.err.number': '{field}: masukkan angka.',
  'settings.err.type': '{field}: jenis nilai ini salah.',
  'settings.err.required': '{field}: bidang ini wajib diisi.',
  'settings.err.rateMax':
    '{field}: berikan tingkat di atas 0 dan paling banyak 100% (sebagai desimal, 25% adalah 0,25).',
  'settings.err.choice': '{field}: pilih salah satu opsi yang tersedia.',
  'settings.err.min': '{field}: minimal {min}.',
  'settings.err.gt': '{field}: harus lebih dari {min}.',
  'settings.err.max': '{field}: paling banyak {max}.',
  'settings.err.lt': '{field}: harus kurang dari {max}.',
  'settings.err.format.month': '{field}: gunakan format YYYY-MM, misalnya 2026-01.',
  'settings.err.format.day': '{field}: gunakan format YYYY-MM-DD, misalnya 2026-07-01.',
  'settings.err.ratesLength':
    '{field}: berikan satu tingkat di antara setiap pasangan tahap (diharapkan {expected}).',
  'settings.err.lagLength':
    '{field}: berikan satu nilai di antara setiap pasangan tahap (diharapkan {expected}).',
  'settings.err.stageDuplicate': '{field}: "{name}" dipakai dua kali; nama tahap harus berbeda.',
  'settings.err.weightsLength': '{field}: berikan satu bobot per bulan (diharapkan {expected}).',
  'settings.err.weightsZero': '{field}: setidaknya satu bulan perlu bobot di atas 0.',
  'settings.err.tabTaken':
    'Tab bernama "{name}" sudah ada dan tidak dibuat oleh Funnel SLA. Ganti nama atau hapus tab itu, lalu buat lagi.',
  'settings.err.rejected': 'Pengaturan tidak disimpan: {errors}',
  'agreement.default.leadDefinition':
    'Kontak yang memberi kami e-mail bisnis dan setidaknya satu sinyal kecocokan (industri, ukuran perusahaan, atau jabatan) melalui formulir, acara, atau chat.',
  'agreement.default.mqlDefinition':
    'Prospek yang mencapai skor prospek yang disepakati (perilaku + kecocokan) atau meminta demo, penawaran harga, atau panggilan.',
  'agreement.default.sqlDefinition':
    'MQL yang diterima tim penjualan setelah percakapan pertama: kebutuhan nyata, pemegang anggaran dapat dijangkau, dan jangka waktu dalam 6 bulan.',
  'agreement.default.handoverRules':
    'Pemasaran menyerahkan MQL ke penjualan dalam 1 hari kerja dengan: nama, perusahaan, jabatan, sumber dan kampanye, halaman dan konten yang dilihat, serta alasan prospek itu lolos kualifikasi.',
  'agreement.default.marketingCommitments':
    'Pemasaran memenuhi target MQL bulanan di bawah, melaporkan MQL per sumber setiap bulan, dan menaikkan volume sesuai pola bulanan yang disepakati di sini.',
  'agreement.default.salesCommitments':
    'Penjualan melakukan tindak lanjut pertama dalam jam yang disepakati, melakukan kontak minimum sebelum menutup prospek, memberi umpan balik atas setiap prospek yang ditolak dalam hari yang disepakati, dan mencatat setiap kontak di CRM.',
  'agreement.default.notReadyLeads':
    'Prospek yang belum siap untuk penjualan dikembalikan ke pemasaran untuk dibina (nurturing) dengan alasan yang dicatat; prospek kembali saat mencapai ambang MQL lagi.',
  'agreement.default.shortfallPlan':
    'Jika MQL kurang dari target dua bulan berturut-turut, pemasaran menyajikan rencana pemulihan dalam rapat bulanan, dan penjualan dapat menutup kekurangan sementara dengan prospeksi outbound.',
  'agreement.default.reporting':
    'Kedua tim meninjau tab ini bersama setiap bulan; strategi ditinjau setiap kuartal; pada tanggal peninjauan perjanjian di-reset dengan tingkat konversi yang sebenarnya.',
  'agreement.default.marketingOwner': 'Kepala Pemasaran',
  'agreement.default.salesOwner': 'Kepala Penjualan',

  // sidebar
  'sidebar.heading': 'SLA penjualan & pemasaran',
  'sidebar.intro':
    'Tetapkan target dan corong; pratinjau mengikuti saat Anda mengetik. Tombol buat menulis perjanjian dan targetnya ke tab SLA.',
  'sidebar.loading': 'Memuat perjanjian…',
  'sidebar.loadFailed':
    'Perjanjian yang tersimpan tidak dapat dimuat, jadi nilai bawaan ditampilkan. {error}',
  'sidebar.reviewDue':
    'Perjanjian ini sudah waktunya ditinjau (tanggal peninjauan {date}): reset dengan tingkat konversi yang Anda amati.',
  'sidebar.section.period': 'Periode',
  'sidebar.section.goal': 'Target',
  'sidebar.section.stages': 'Tahap corong',
  'sidebar.section.shape': 'Pola bulanan',
  'sidebar.section.preview': 'Pratinjau',
  'sidebar.section.commitments': 'Komitmen',
  'sidebar.section.agreement': 'Teks perjanjian',
  'sidebar.hint.reviewDate': 'Bawaannya pertengahan periode.',
  'sidebar.hint.stages':
    'Puncak corong lebih dulu; tahap terakhir adalah transaksi yang dimenangkan. Tingkat dalam persen (30 berarti 30%).',
  'sidebar.hint.tolerance':
    'Pencapaian sejauh ini di bawah target menampilkan “Berisiko”; lebih jauh lagi, “Tertinggal”.',
  'sidebar.hint.agreement':
    'Kedua tim menandatangani teks ini; perubahan di tab setelahnya tetap disimpan.',
  'sidebar.currency.other': 'Lainnya…',
  'sidebar.field.currencyCode': 'Kode mata uang',
  'sidebar.field.tolerance': 'Toleransi (%)',
  'sidebar.stage.name': 'Tahap {n}',
  'sidebar.stage.remove': 'Hapus tahap {name}',
  'sidebar.stage.add': 'Tambah tahap',
  'sidebar.stage.addHint': 'Tahap baru ditambahkan di atas tahap terakhir.',
  'sidebar.stage.rate': 'Tingkat',
  'sidebar.stage.rateContext': 'dari {from} ke {to}, dalam persen',
  'sidebar.stage.days': 'Hari',
  'sidebar.stage.daysContext': 'dari {from} ke {to}',
  'sidebar.stage.unnamed': 'tahap {n}',
  'sidebar.stage.newName': 'Tahap baru {n}',
  'sidebar.stage.added': 'Tahap ditambahkan di atas {name}.',
  'sidebar.stage.removed': 'Tahap {name} dihapus; tingkat di sekitarnya digabungkan.',
  'sidebar.shape.even': 'Merata',
  'sidebar.shape.growth': 'Pertumbuhan bertahap',
  'sidebar.shape.weights': 'Bobot musiman',
  'sidebar.shape.growthRate': 'Pertumbuhan per bulan (%)',
  'sidebar.shape.month': 'Bulan {n}',
  'sidebar.shape.weightsHint':
    'Bobot relatif: bulan dengan bobot 2 mendapat target dua kali bulan dengan bobot 1.',
  'sidebar.preview.stage': 'Tahap',
  'sidebar.preview.needed': 'Dibutuhkan dalam periode',
  'sidebar.preview.perMonth': '{stage} per bulan',
  'sidebar.preview.month': 'Bulan',
  'sidebar.preview.count': 'Target',
  'sidebar.preview.total': 'Total',
  'sidebar.preview.deals':
    '{deals} transaksi senilai {dealSize} {currency} mencapai {goal} {currency}.',
  'sidebar.preview.lag': 'Dimajukan {months} bulan karena siklus penjualan.',
  'sidebar.preview.invalid': 'Perbaiki bidang yang ditandai untuk melihat target.',
  'sidebar.build': 'Buat tab SLA',
  'sidebar.update': 'Perbarui tab SLA',
  'sidebar.building': 'Membuat tab SLA…',
  'sidebar.built': '“{name}” sudah siap dan terbuka.',
  'sidebar.buildFailed': 'Tab tidak dibuat. {error}',
  'sidebar.fixFields': 'Perbaiki dulu bidang yang ditandai ({count}).',
  'sidebar.afterBuild':
    'Buat tab SLA terlebih dahulu: setelah itu Anda dapat memperbarui data aktualnya dari ekspor CRM dan me-reset-nya di tengah periode di sini.',
  'sidebar.jump.label': 'Ke',
  'sidebar.jump.actuals': 'Data aktual',
  'sidebar.jump.review': 'Reset SLA',
  'sidebar.reviewNow': 'Tinjau sekarang',
  'sidebar.section.actuals': 'Data aktual',
  'sidebar.refresh.intro':
    'Isi data aktual tab SLA dari tab ekspor CRM: satu catatan per baris, judul kolom di baris pertama.',
  'sidebar.refresh.loading': 'Memuat tab dan judul kolomnya…',
  'sidebar.refresh.loadFailed': 'Tab tidak dapat dimuat. {error}',
  'sidebar.refresh.sourceTab': 'Tab ekspor CRM',
  'sidebar.refresh.sourceHint': 'Add-on hanya membaca tab ini.',
  'sidebar.refresh.reloadTabs': 'Muat ulang daftar tab dan judul kolom',
  'sidebar.refresh.noTabs':
    'Belum ada tab untuk dibaca. Tempelkan ekspor CRM Anda ke tab baru, lalu muat ulang daftar tab.',
  'sidebar.refresh.emptyTab':
    '“{name}” tidak memiliki judul kolom di baris pertama: pilih tab yang berisi ekspor CRM Anda.',
  'sidebar.mapping.title': 'Pemetaan kolom',
  'sidebar.mapping.detected': 'Diusulkan dari judul kolom — periksa sebelum memperbarui.',
  'sidebar.mapping.nothingDetected':
    'Tidak ada kolom yang dikenali: pilih kolom tanggal untuk setidaknya satu tahap.',
  'sidebar.mapping.saved': 'Pemetaan tersimpan Anda untuk tab ini.',
  'sidebar.mapping.stagesHint': 'Tanggal setiap catatan mencapai tahap tersebut.',
  'sidebar.mapping.optional': 'Kolom opsional',
  'sidebar.mapping.none': '— tidak dipetakan —',
  'sidebar.mapping.missing': '{header} (tidak ada di tab ini)',
  'sidebar.mapping.stageContext': 'kolom tanggal',
  'sidebar.mapping.role.recordId': 'ID catatan',
  'sidebar.mapping.role.amount': 'Jumlah',
  'sidebar.mapping.role.source': 'Sumber / kanal',
  'sidebar.mapping.role.owner': 'Penanggung jawab',
  'sidebar.mapping.role.handoverTime': 'Waktu serah terima',
  'sidebar.mapping.role.firstTouchTime': 'Kontak penjualan pertama',
  'sidebar.mapping.role.won': 'Penanda menang',
  'sidebar.mapping.hint.recordId': 'Menghitung catatan sekali jika muncul dua kali.',
  'sidebar.mapping.hint.amount': 'Nilai transaksi, dijumlahkan ke pendapatan saat dimenangkan.',
  'sidebar.mapping.hint.handoverTime': 'Bersama kontak pertama: kecepatan tindak lanjut.',
  'sidebar.mapping.hint.won': 'Hanya menghitung transaksi yang dimenangkan untuk tahap terakhir.',
  'sidebar.mapping.err.nothingMapped': 'Petakan kolom tanggal untuk setidaknya satu tahap.',
  'sidebar.mapping.err.missing':
    '“{header}” tidak ada di baris pertama “{name}”: pilih kolom lain.',
  'sidebar.refresh.button': 'Perbarui data aktual',
  'sidebar.refresh.running': 'Memperbarui data aktual dari “{name}”…',
  'sidebar.refresh.done': 'Data aktual diperbarui: {counted} dari {read} baris dihitung.',
  'sidebar.refresh.failed': 'Data aktual tidak diperbarui. {error}',
  'sidebar.refresh.fixFields': 'Perbaiki pemetaan terlebih dahulu ({count}).',
  'sidebar.refresh.never': 'Belum pernah diperbarui.',
  'sidebar.refresh.last': 'Pembaruan terakhir: {when} dari “{source}” ({how}).',
  'sidebar.refresh.lastBy': 'Pembaruan terakhir: {when} dari “{source}” oleh {by} ({how}).',
  'sidebar.refresh.trigger.sidebar': 'sidebar',
  'sidebar.refresh.trigger.menu': 'menu',
  'sidebar.refresh.trigger.schedule': 'jadwal',
  'sidebar.refresh.next': 'Berikutnya: {when}.',
  'sidebar.refresh.scheduleFailed': 'Pembaruan terjadwal terakhir gagal ({when}): {error}',
  'sidebar.schedule.by': '{schedule} pukul 06.00, diatur oleh {by}.',
  'sidebar.refresh.resultTitle': 'Hasil terakhir',
  'sidebar.refresh.read': 'Baris dibaca',
  'sidebar.refresh.counted': 'Baris dihitung',
  'sidebar.refresh.skipped': 'Baris dilewati',
  'sidebar.refresh.outside': 'Di luar periode',
  'sidebar.refresh.duration': 'Durasi',
  'sidebar.refresh.seconds': '{seconds} dtk',
  'sidebar.refresh.instant': 'kurang dari 0,1 dtk',
  'sidebar.refresh.kept': 'Dibiarkan seperti diketik (tidak ada kolom yang dipetakan): {stages}.',
  'sidebar.refresh.leftOut': 'Tidak dihitung — {list}.',
  'sidebar.refresh.warned': 'Dihitung, tetapi perlu diperiksa — {list}.',
  'sidebar.reason.blankRow': 'baris kosong',
  'sidebar.reason.duplicateRecordId': 'ID catatan berulang',
  'sidebar.reason.unparseableDate': 'tanggal tak terbaca',
  'sidebar.reason.impossibleDate': 'tanggal mustahil',
  'sidebar.reason.invalidAmount': 'jumlah tidak valid',
  'sidebar.reason.firstTouchBeforeHandover': 'kontak pertama sebelum serah terima',
  'sidebar.reason.stageDatesOutOfOrder': 'tanggal tahap tidak berurutan',
  'sidebar.reason.mappedColumnMissing': 'kolom yang dipetakan tidak ada',
  'sidebar.reason.columnMappedTwice': 'kolom dipetakan dua kali',
  'sidebar.report.summary': 'Baris dan sel yang dilewati ({count})',
  'sidebar.report.summaryWarnings': 'Baris, sel yang dilewati, dan peringatan ({count})',
  'sidebar.report.none': 'Tidak ada yang dilewati.',
  'sidebar.report.loading': 'Memuat laporan…',
  'sidebar.report.failed': 'Laporan tidak dapat dimuat. {error}',
  'sidebar.report.empty': 'Laporan pembaruan terakhir kosong.',
  'sidebar.report.capped': 'Menampilkan {shown} pertama dari {total}.',
  'sidebar.report.warning': 'Peringatan:',
  'sidebar.schedule.label': 'Perbarui otomatis',
  'sidebar.schedule.off': 'Mati',
  'sidebar.schedule.daily': 'Setiap hari',
  'sidebar.schedule.monthly': 'Hari pertama setiap bulan',
  'sidebar.schedule.hint': 'Memakai tab dan pemetaan yang tersimpan; berjalan sekitar pukul 06.00.',
  'sidebar.schedule.saving': 'Menyimpan jadwal…',
  'sidebar.schedule.saved': 'Jadwal disimpan.',
  'sidebar.schedule.failed': 'Jadwal tidak diubah. {error}',
  'sidebar.section.review': 'Reset SLA',
  'sidebar.reset.intro':
    'Setelah sekitar enam bulan, rencanakan bulan-bulan tersisa dengan tingkat konversi yang Anda amati. Tidak ada yang berubah sampai Anda mengonfirmasi.',
  'sidebar.reset.trailing': 'Jumlah bulan data aktual yang dipakai',
  'sidebar.reset.trailingHint': 'Bulan-bulan penuh terakhir, hingga 36.',
  'sidebar.reset.err.trailing': 'Bulan data aktual: masukkan bilangan bulat dari 1 sampai 36.',
  'sidebar.reset.propose': 'Usulkan tingkat baru',
  'sidebar.reset.proposing': 'Membaca data aktual…',
  'sidebar.reset.proposed':
    'Tingkat yang diusulkan dari data aktual hingga {month}. Ubah tingkat mana pun, lalu reset.',
  'sidebar.reset.proposeFailed': 'Tidak ada tingkat yang dapat diusulkan. {error}',
  'sidebar.reset.stale': 'Bulannya berubah: usulkan lagi.',
  'sidebar.reset.asOf': 'Dari data aktual hingga {month}, bulan penuh terakhir.',
  'sidebar.reset.transition': '{from} → {to}',
  'sidebar.reset.col.transition': 'Konversi',
  'sidebar.reset.col.planned': 'Rencana',
  'sidebar.reset.col.proposed': 'Baru',
  'sidebar.reset.rateLabel': 'Tingkat baru dari {from} ke {to}, dalam persen',
  'sidebar.reset.err.rate': '{from} → {to}: masukkan persentase di atas 0 dan paling banyak 100.',
  'sidebar.reset.nextTitle': 'Versi berikutnya',
  'sidebar.reset.period': 'Periode',
  'sidebar.reset.periodValue': '{start} – {end} ({months} bulan)',
  'sidebar.reset.goal': 'Target',
  'sidebar.reset.goalValue': '{goal} {currency}',
  'sidebar.reset.achieved': '{revenue} {currency} dimenangkan sejauh ini',
  'sidebar.reset.achievedCustomers': '{count} pelanggan didapat sejauh ini',
  'sidebar.reset.review': 'Tanggal peninjauan',
  'sidebar.reset.targets': 'Target untuk periode',
  'sidebar.reset.start': 'Reset SLA…',
  'sidebar.reset.fixRates': 'Perbaiki dulu tingkat yang ditandai ({count}).',
  'sidebar.reset.confirm': 'Arsipkan “{name}” sebagai “{archive}” dan buat versi berikutnya?',
  'sidebar.reset.confirmHint':
    'Tab yang diarsipkan menjadi hanya baca; tidak ada isinya yang hilang.',
  'sidebar.reset.confirmButton': 'Konfirmasi',
  'sidebar.reset.cancel': 'Batal',
  'sidebar.reset.running': 'Mengarsipkan “{name}” dan membuat versi berikutnya…',
  'sidebar.reset.failed': 'SLA tidak di-reset. {error}',
  'sidebar.reset.done':
    '“{archive}” telah diarsipkan (hanya baca). “{name}” kini berisi versi berikutnya mulai {start}; formulir menampilkan pengaturannya.',
  'sidebar.err.percent': '{field}: masukkan persentase dari {min} sampai {max}.',
  'sidebar.err.rate': '{field}: masukkan persentase di atas 0 dan paling banyak 100.',
  'sidebar.language.ui': 'Bahasa sidebar',
  'sidebar.language.sla': 'Bahasa tab SLA',
  'sidebar.language.slaHint':
    'Mengubahnya menulis ulang teks yang dibuat add-on di tab; teks yang Anda ketik tetap seperti semula.',

  // sla
  'sla.tabName': 'SLA {period}',
  'sla.title': 'SLA Penjualan & Pemasaran · {name}',
  'sla.review.due':
    '⚠ Perjanjian ini sudah melewati tanggal peninjauannya: reset dengan tingkat konversi yang sebenarnya (sidebar → Reset SLA).',
  'sla.review.next':
    'Perjanjian berjangka waktu: kedua tim meninjaunya setiap bulan dan me-reset-nya pada tanggal peninjauan.',
  'sla.section.agreement': 'Perjanjian',
  'sla.summary.goal': 'Target',
  'sla.summary.marketing': 'Pemasaran menghasilkan',
  'sla.summary.sales': 'Penjualan berkomitmen',
  'sla.sentence.goal':
    'Pendapatan {goal} {currency} dari {start} sampai {end}: {customers} pelanggan baru dengan nilai transaksi rata-rata {dealSize} {currency}.',
  'sla.sentence.marketing':
    '{count} {stage} dalam periode ini, sekitar {perMonth} per bulan, mengikuti target bulanan di bawah.',
  'sla.sentence.sales':
    'Menindaklanjuti setiap serah terima dalam {hours} jam, melakukan setidaknya {touches} kontak sebelum menutup prospek, dan memberi umpan balik atas prospek yang ditolak dalam {days} hari.',
  'sla.agreement.leadDefinition': 'Apa itu prospek',
  'sla.agreement.mqlDefinition': 'Apa itu MQL',
  'sla.agreement.sqlDefinition': 'Apa itu SQL',
  'sla.agreement.handoverRules': 'Serah terima dan informasi minimum',
  'sla.agreement.marketingCommitments': 'Komitmen pemasaran',
  'sla.agreement.salesCommitments': 'Komitmen penjualan',
  'sla.agreement.notReadyLeads': 'Prospek yang belum siap',
  'sla.agreement.shortfallPlan': 'Rencana jika target tidak tercapai',
  'sla.agreement.reporting': 'Pelaporan dan rapat',
  'sla.agreement.marketingOwner': 'Ditandatangani untuk pemasaran (nama, tanggal)',
  'sla.agreement.salesOwner': 'Ditandatangani untuk penjualan (nama, tanggal)',
  'sla.section.assumptions':
    'Asumsi: satu-satunya input; ubah satu dan semua target dihitung ulang',
  'sla.assumption.goal': 'Target pendapatan',
  'sla.assumption.currency': 'Mata uang',
  'sla.assumption.dealSize': 'Nilai transaksi rata-rata',
  'sla.assumption.start': 'Bulan pertama',
  'sla.assumption.months': 'Bulan (ubah di sidebar)',
  'sla.assumption.reviewDate': 'Tanggal peninjauan',
  'sla.assumption.tolerance': 'Toleransi sebelum "Tertinggal"',
  'sla.assumption.followUpHours': 'Tindak lanjut pertama dalam (jam)',
  'sla.assumption.minTouches': 'Kontak minimum',
  'sla.assumption.feedbackDays': 'Umpan balik atas prospek yang ditolak dalam (hari)',
  'sla.assumption.growth': 'Pertumbuhan bulanan',
  'sla.assumption.continuation': 'Setelah periode',
  'sla.assumption.continuationText':
    'Rencana berulang: bulan-bulan terakhir tahap awal mengisi transaksi pertama periode berikutnya',
  'sla.assumption.asOf': 'Per (akhir bulan penuh terakhir)',
  'sla.section.stages': 'Corong',
  'sla.stage.stages': 'Tahap',
  'sla.stage.rates': 'Konversi ke tahap berikutnya',
  'sla.stage.lagDays': 'Hari ke tahap berikutnya',
  'sla.stage.lagMonths': 'Target dimajukan (bulan)',
  'sla.stage.periodTargets': 'Target periode',
  'sla.stage.pipelineAtStart': 'Sudah dibutuhkan di pipeline sejak awal',
  'sla.stage.actualToDate': 'Aktual hingga kini',
  'sla.stage.dataMonths': 'Bulan penuh dengan data aktual',
  'sla.stage.actualRates': 'Konversi aktual ke tahap berikutnya',
  'sla.stage.pace': 'Laju: proyeksi total periode',
  'sla.stage.catchUp': 'Kejar target: dibutuhkan per bulan tersisa',
  'sla.stage.neededAtActualRates': 'Masih dibutuhkan pada tingkat aktual (periode)',
  'sla.stage.catchUpAtActualRates': 'Kejar target pada tingkat aktual (per bulan)',
  'sla.section.report': 'Laporan bulanan: posisi kita untuk rapat SLA',
  'sla.report.actual': 'Aktual hingga kini',
  'sla.report.target': 'Target / komitmen',
  'sla.report.attainment': 'Pencapaian',
  'sla.report.status': 'Status',
  'sla.report.revenue': 'Pendapatan dimenangkan',
  'sla.report.goalShare': 'Porsi target periode yang tercapai',
  'sla.report.delivered': 'Pemasaran: {stage} dihasilkan',
  'sla.report.handed': 'Pemasaran: prospek diserahkan ke penjualan',
  'sla.report.speed': 'Penjualan: median jam hingga kontak pertama (bulan lalu)',
  'sla.report.withinSla': 'Penjualan: ditindaklanjuti sesuai SLA (bulan lalu)',
  'sla.report.won': 'Penjualan: {stage} dimenangkan',
  'sla.report.wonNamed': 'Penjualan: {stage}',
  'sla.report.gaps': 'Selisih terbesar (pencapaian terendah)',
  'sla.report.stage': 'Tahap',
  'sla.report.attainmentToDate': 'Pencapaian hingga kini',
  'sla.report.diagnosis': 'Diagnosis: volume yang masuk ke tahap atau konversi di bawah rencana?',
  'sla.report.chartTitle': 'Pencapaian hingga kini per tahap',
  'sla.section.monthly': 'Target bulanan dan pemantauan',
  'sla.block.targets': 'Target',
  'sla.block.actuals': 'Aktual (diperbarui atau diketik)',
  'sla.block.variance': 'Selisih: aktual − target',
  'sla.block.attainment': 'Pencapaian',
  'sla.block.status': 'Status',
  'sla.col.month': 'Bulan',
  'sla.col.revenue': 'Pendapatan',
  'sla.col.weight': 'Bobot (pola)',
  'sla.col.cumWeight': 'Bobot kumulatif',
  'sla.col.medianHours': 'Median jam hingga kontak pertama',
  'sla.col.withinSla': 'Ditindaklanjuti sesuai SLA',
  'sla.col.handed': 'Prospek diserahkan ke penjualan',
  'sla.col.bySource': 'Per sumber (dari pembaruan)',
  'sla.total': 'Sejak awal tahun',
  'sla.chart.title': '{stage}: target vs aktual',
  'sla.chart.target': 'Target',
  'sla.chart.actual': 'Aktual',

  // state
  'op.err.busy':
    'Funnel SLA sedang memproses perubahan lain pada spreadsheet ini. Coba lagi sebentar lagi.',
  'lang.err.unknown': 'Bahasa "{code}" tidak dikenal. Pilih salah satu: {known}.',
  'state.err.corrupt':
    'Catatan Funnel SLA di spreadsheet ini tidak dapat dibaca. Tidak ada yang diubah.',
  'state.err.newer':
    'Spreadsheet ini terakhir diubah oleh versi Funnel SLA yang lebih baru. Muat ulang halaman dan coba lagi.',
  'state.err.tooBig':
    'Perubahan ini akan membuat catatan Funnel SLA di spreadsheet ini terlalu besar ({kb} KB). Tidak ada yang diubah: persingkat teks atau hapus tab SLA lama.',
  'state.err.settings':
    'Pengaturan tersimpan tab SLA ini tidak lagi valid: {errors} Buka sidebar, perbaiki, lalu perbarui tab (tab dan datanya tetap seperti semula).',
  'state.err.slaTabGone': 'Tab SLA telah dihapus. Buat ulang dari sidebar.',
  'settings.err.tabArchive':
    '"{name}" adalah versi SLA yang diarsipkan dan tetap hanya baca. Buat versi saat ini sebagai gantinya.',
  'settings.err.tabSigned':
    '"{name}" adalah salinan bertanda tangan dari versi yang disepakati dan tetap hanya baca. Buat versi saat ini sebagai gantinya.',
  'settings.err.tabOwnLog':
    '"{name}" adalah tab log atau riwayat add-on; SLA tidak dapat dibuat di atasnya. Pilih nama lain.',

  // hubspot
  'hubspot.err.tokenShape':
    'Itu tidak terlihat seperti token akses HubSpot. Tempel seluruh token kunci layanan atau aplikasi pribadi Anda.',
  'hubspot.err.notConnected':
    'HubSpot belum terhubung untuk Anda. Hubungkan di sidebar (Data aktual → HubSpot) dengan token akses.',
  'hubspot.err.unauthorized':
    'HubSpot menolak token akses (401): token dicabut, kedaluwarsa, atau salah ketik. Putuskan sambungan, lalu hubungkan lagi dengan token baru. Tidak ada yang ditulis.',
  'hubspot.err.forbidden':
    'HubSpot menolak permintaan (403): token tidak memiliki cakupan baca. Berikan crm.objects.contacts.read, crm.objects.deals.read, crm.schemas.contacts.read, dan crm.schemas.deals.read, lalu segarkan lagi. Tidak ada yang ditulis.',
  'hubspot.err.badRequest':
    'HubSpot menolak pencarian ({code}): {message}. Periksa pemetaan di sidebar. Tidak ada yang ditulis.',
  'hubspot.err.unavailable':
    'HubSpot terus menjawab {code} setelah {tries} percobaan. Tidak ada yang ditulis; data aktual sebelumnya tetap. Coba lagi dalam beberapa menit.',
  'hubspot.err.network':
    'HubSpot tidak dapat dijangkau. Tidak ada yang ditulis; data aktual sebelumnya tetap. Coba lagi dalam beberapa menit.',
  'hubspot.err.tooSlow':
    'HubSpot menjawab terlalu lambat untuk selesai dalam batas waktu Apps Script ({requests} permintaan dikirim). Tidak ada yang ditulis; coba lagi nanti.',
  'hubspot.err.unknownProperty':
    'Pemetaan menyebut properti HubSpot "{property}" yang tidak ada di akun ini. Pilih properti lain di sidebar.',
  'hubspot.err.nothingMapped':
    'Tidak ada tahap SLA yang dipetakan ke properti tanggal HubSpot. Petakan setidaknya satu tahap.',
  'hubspot.log.source': 'HubSpot {portal} · {requests} permintaan',
  'sidebar.hubspot.title': 'HubSpot (langsung)',
  'sidebar.hubspot.intro':
    'Hitung data aktual langsung di HubSpot: tanpa ekspor, satu permintaan per tahap dan bulan. Tempel token akses kunci layanan HubSpot dengan cakupan baca; token tetap tersimpan di properti pengguna Anda sendiri.',
  'sidebar.hubspot.token': 'Token akses',
  'sidebar.hubspot.connect': 'Hubungkan',
  'sidebar.hubspot.connecting': 'Memeriksa token dengan HubSpot…',
  'sidebar.hubspot.connected': 'Terhubung ke akun HubSpot {portal} ({name}) dengan token {masked}.',
  'sidebar.hubspot.disconnect': 'Putuskan',
  'sidebar.hubspot.disconnected': 'HubSpot tidak terhubung.',
  'sidebar.hubspot.refresh': 'Segarkan dari HubSpot',
  'sidebar.hubspot.running': 'Menghitung di HubSpot…',
  'sidebar.hubspot.done':
    'Data aktual disegarkan dari HubSpot: {requests} permintaan dalam {seconds} dtk.',
  'sidebar.hubspot.failed': 'HubSpot: {error}',
  'sidebar.hubspot.requests': 'Permintaan HubSpot',
  'sidebar.hubspot.sourceName': 'HubSpot',
  'sidebar.hubspot.notMapped': '(tidak dihitung)',
  'sidebar.hubspot.mappingProposed':
    'Diusulkan dari properti HubSpot Anda: periksa setiap tahap, lalu segarkan.',
  'sidebar.hubspot.mappingSaved': 'Properti HubSpot yang dihitung (disimpan bersama SLA ini):',
  'sidebar.hubspot.map.source': 'Properti sumber',
  'sidebar.hubspot.map.amount': 'Nilai transaksi',
  'sidebar.hubspot.map.handoverTime': 'Waktu serah terima',
  'sidebar.hubspot.map.firstTouchTime': 'Waktu kontak pertama',

  // signoff
  'signoff.snapshot': '{sheet} v{version} ditandatangani',
  'signoff.line': 'v{version} ditandatangani oleh {marketing} dan {sales} pada {date}',
  'signoff.signer': '{name} ({role})',
  'signoff.tabNote':
    'Berubah sejak v{version} ditandatangani: {changes}. Versi {next} menunggu kedua tanda tangan.',
  'signoff.protected': 'Versi yang ditandatangani: catatan tentang apa yang disepakati kedua tim.',
  'signoff.err.input': 'Isi nama penanda tangan (dan perannya) serta pihak yang diwakilinya.',
  'signoff.change.revenueGoal': 'Target {before} → {after}',
  'signoff.change.dealSize': 'Nilai transaksi {before} → {after}',
  'signoff.change.months': 'Bulan {before} → {after}',
  'signoff.change.periodStart': 'Bulan pertama {before} → {after}',
  'signoff.change.currency': 'Mata uang {before} → {after}',
  'signoff.change.rate': 'Tingkat {from} → {to}: {before} → {after}',
  'signoff.change.stages': 'Tahap {before} → {after}',
  'sidebar.signoff.title': 'Persetujuan',
  'sidebar.signoff.awaiting': 'Versi {version} menunggu kedua tanda tangan.',
  'sidebar.signoff.signed': 'Versi {version} sudah ditandatangani kedua tim.',
  'sidebar.signoff.changes':
    'Berubah sejak v{version} ditandatangani (menandatangani lagi akan membuat v{next}):',
  'sidebar.signoff.side.marketing': 'Pemasaran',
  'sidebar.signoff.side.sales': 'Penjualan',
  'sidebar.signoff.name': 'Nama',
  'sidebar.signoff.role': 'Peran',
  'sidebar.signoff.sign': 'Tanda tangani',
  'sidebar.signoff.signedBy': 'Ditandatangani oleh {signer} pada {date}',
  'sidebar.signoff.versions': 'Versi yang ditandatangani',

  // warnings
  'warn.title': 'Perlu dicek lagi',
  'warn.rate.suggest':
    '{from} → {to}: {rate} jauh di bawah kisaran umum {low}–{high}. Apakah maksud Anda {suggestion}?',
  'warn.rate.low': '{from} → {to}: {rate} di bawah kisaran umum {low}–{high}.',
  'warn.rate.high': '{from} → {to}: {rate} di atas kisaran umum {low}–{high}.',
  'warn.rate.tiny.suggest':
    '{from} → {to}: {rate} adalah tingkat konversi yang sangat rendah. Apakah maksud Anda {suggestion}?',
  'warn.rate.tiny': '{from} → {to}: {rate} adalah tingkat konversi yang sangat rendah.',
  'warn.rate.all': '{from} → {to}: {rate} berarti semuanya berkonversi.',
  'warn.dealAboveGoal':
    'Nilai transaksi rata-rata ({dealSize}) di atas target pendapatan ({goal}): satu transaksi saja sudah mencapai target.',
  'warn.reviewOutside': 'Tanggal peninjauan {date} berada di luar periode ({first} sampai {last}).',
  'warn.shortPeriod':
    'Reset sekarang hanya menyisakan {months} bulan: terlalu singkat untuk mengarahkan. Pertimbangkan versi baru selama {suggested} bulan, {from} sampai {until}, yang berlanjut ke periode berikutnya.',
  'warn.grouping':
    '"{text}" dibaca sebagai {readAs} di spreadsheet ini ({locale}). Jika maksud Anda {other}, ketik tanpa pemisah.',
} satisfies Catalog;
