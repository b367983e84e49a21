// Every text the user reads, in Bahasa Indonesia first and English beside it.
// t('key', { name: 'x' }) fills {name}; the chosen language is kept on the device.

const messages = {
  'app.name': { id: 'Sigap', en: 'Sigap' },
  'app.tagline': { id: 'Penanganan pelanggan hard complaint', en: 'Hard-complaint handling' },
  'app.skip': { id: 'Langsung ke isi', en: 'Skip to content' },
  'app.loading': { id: 'Memuat…', en: 'Loading…' },
  'lang.switch': { id: 'English', en: 'Bahasa Indonesia' },
  'lang.switch.label': { id: 'Ganti bahasa ke English', en: 'Switch language to Bahasa Indonesia' },

  'nav.label': { id: 'Menu utama', en: 'Main menu' },
  'nav.queue': { id: 'Antrean', en: 'Queue' },
  'nav.duty': { id: 'Tugas', en: 'Duty' },
  'nav.cases': { id: 'Kasus', en: 'Cases' },
  'nav.myCases': { id: 'Kasus saya', en: 'My cases' },
  'nav.newCase': { id: 'Kasus baru', en: 'New case' },
  'nav.signOut': { id: 'Keluar', en: 'Sign out' },
  'nav.waiting': { id: '{count} menunggu', en: '{count} waiting' },
  'nav.pic': { id: 'Eskalasi saya', en: 'My escalations' },
  'nav.rerouted': { id: 'Tangan dialihkan', en: 'Re-routed hands' },

  'role.AGENT': { id: 'Agen', en: 'Agent' },
  'role.TEAM_LEADER': { id: 'Team Leader', en: 'Team Leader' },
  'role.SUPERVISOR': { id: 'Supervisor', en: 'Supervisor' },
  'role.MANAGER': { id: 'Manajer', en: 'Manager' },
  'role.QC': { id: 'Quality Control', en: 'Quality control' },
  'role.PIC_TICKET': { id: 'PIC Ticket', en: 'PIC Ticket' },
  'role.LIAISON_OFFICER': { id: 'Liaison Officer', en: 'Liaison officer' },
  'role.ADMIN': { id: 'Admin', en: 'Admin' },
  'user.cluster': { id: 'Klaster {cluster}', en: 'Cluster {cluster}' },

  'live.connecting': { id: 'Menyambung…', en: 'Connecting…' },
  'live.connected': { id: 'Terhubung', en: 'Connected' },
  'live.reconnecting': { id: 'Menyambung ulang…', en: 'Reconnecting…' },
  'live.polling': { id: 'Live tidak tersedia · tiap 2 detik', en: 'Live unavailable · every 2 s' },
  'live.pollingTitle': {
    id: 'Siaran langsung tidak tersedia: data diperbarui tiap 2 detik',
    en: 'The live connection is unavailable: data is refreshed every 2 seconds',
  },

  'login.title': { id: 'Masuk', en: 'Sign in' },
  'login.username': { id: 'Nama pengguna', en: 'Username' },
  'login.password': { id: 'Kata sandi', en: 'Password' },
  'login.submit': { id: 'Masuk', en: 'Sign in' },
  'login.busy': { id: 'Sedang masuk…', en: 'Signing in…' },
  'login.expired': { id: 'Sesi berakhir. Silakan masuk lagi.', en: 'Your session ended. Please sign in again.' },
  'login.noAccess': {
    id: 'Peran Anda belum punya layar di aplikasi ini.',
    en: 'Your role has no screen in this app yet.',
  },

  'error.network.title': { id: 'Tidak tersambung', en: 'Not connected' },
  'error.network.detail': {
    id: 'Server tidak dapat dihubungi. Periksa jaringan lalu coba lagi.',
    en: 'The server cannot be reached. Check the network and try again.',
  },
  'error.rule': { id: 'Aturan {rule}', en: 'Rule {rule}' },
  'error.notFound': { id: 'Halaman tidak ditemukan', en: 'Page not found' },
  'error.backHome': { id: 'Kembali ke beranda', en: 'Back to home' },

  'status.OPEN': { id: 'Baru', en: 'New' },
  'status.ESCALATED': { id: 'Dieskalasi', en: 'Escalated' },
  'status.IN_PROGRESS': { id: 'Dalam penanganan', en: 'In progress' },
  'status.CLOSED': { id: 'Ditutup', en: 'Closed' },
  'status.ACTIVE': { id: 'Aktif', en: 'Active' },
  'status.ALL': { id: 'Semua', en: 'All' },
  'case.hard': { id: 'Hard complaint', en: 'Hard complaint' },
  'case.notHard': { id: 'Belum hard complaint', en: 'Not a hard complaint' },

  'esc.RAISED': { id: 'Tangan terangkat — menunggu TL', en: 'Hand raised — waiting for the TL' },
  'esc.LISTENING': { id: 'TL sedang mendengarkan', en: 'The TL is listening' },
  'esc.AT_WORKSTATION': { id: 'TL di meja agen', en: 'The TL is at the agent’s desk' },
  'esc.raisedShort': { id: 'Menunggu', en: 'Waiting' },
  'esc.listeningShort': { id: 'Mendengarkan', en: 'Listening' },
  'esc.target': { id: 'Untuk {tl}', en: 'For {tl}' },
  'esc.since': { id: 'sejak', en: 'for' },
  'esc.takeover': { id: 'Pelanggan minta bicara dengan TL', en: 'Customer asks for the TL' },

  'queue.title': { id: 'Tangan terangkat', en: 'Raised hands' },
  'queue.lead': {
    id: 'Hard complaint di klaster {cluster} yang menunggu Anda. Yang menunggu paling lama di atas.',
    en: 'Hard complaints in cluster {cluster} waiting for you. Longest waiting first.',
  },
  'queue.empty': { id: 'Tidak ada tangan terangkat. Lantai tenang.', en: 'No raised hands. The floor is calm.' },
  'queue.new': { id: 'Tangan baru dari {agent}: {customer}', en: 'New raised hand from {agent}: {customer}' },
  'queue.agent': { id: 'Agen {agent}', en: 'Agent {agent}' },
  'queue.open': { id: 'Buka kasus', en: 'Open case' },
  'queue.titleSpv': { id: 'Tangan dialihkan ke Anda', en: 'Hands re-routed to you' },
  'queue.leadSpv': {
    id: 'Tangan terangkat yang tidak dijawab TL tepat waktu dialihkan ke Anda (R-X-2). Jawab seperti TL: dengarkan, lalu datang ke meja agen.',
    en: 'Raised hands no TL answered in time are re-routed to you (R-X-2). Answer them as a TL would: listen in, then go to the agent’s desk.',
  },
  'queue.emptySpv': { id: 'Tidak ada tangan yang dialihkan ke Anda.', en: 'No hands re-routed to you.' },
  'queue.rerouted': {
    id: 'Dialihkan dari {from} · klaster {cluster} (R-X-2)',
    en: 'Re-routed from {from} · cluster {cluster} (R-X-2)',
  },
  'spv.rerouted': { id: '{count} tangan terangkat dialihkan ke Anda', en: '{count} raised hands re-routed to you' },
  'spv.reroutedLead': {
    id: 'TL tidak menjawab dalam target. Dengarkan panggilannya dan datang ke meja agen.',
    en: 'The TL did not answer within the target. Listen in and go to the agent’s desk.',
  },
  'spv.openQueue': { id: 'Buka antrean', en: 'Open the queue' },
  'queue.sound': {
    id: 'Ketuk di mana saja untuk menyalakan bunyi peringatan.',
    en: 'Tap anywhere to turn on the alert sound.',
  },

  'duty.title': { id: 'Kasus dalam penanganan', en: 'Cases in hand' },
  'duty.lead': {
    id: 'Kasus klaster {cluster} yang sedang dieskalasi atau ditindaklanjuti.',
    en: 'Cluster {cluster} cases that are escalated or being followed up.',
  },
  'duty.casesTitle': { id: 'Kasus', en: 'Cases' },
  'duty.empty': { id: 'Tidak ada kasus yang sedang ditangani.', en: 'No cases in hand.' },
  'duty.mine': { id: 'Saya yang menangani', en: 'Handled by me' },
  'duty.handledBy': { id: 'Ditangani {tl}', en: 'Handled by {tl}' },
  'duty.noHandler': { id: 'TL penanganan belum dicatat', en: 'Handling TL not recorded yet' },

  'clocks.title': { id: 'Jam tugas', en: 'Clocks' },
  'clocks.lead': {
    id: 'Cek progres tiap jam (R-IN-11) dan telepon balik (R-IN-12). Yang paling dekat jatuh tempo di atas.',
    en: 'Hourly progress checks (R-IN-11) and call backs (R-IN-12). Soonest due first.',
  },
  'clocks.empty': {
    id: 'Tidak ada cek progres atau telepon balik yang berjalan.',
    en: 'No progress checks or call backs running.',
  },
  'clocks.kind.PROGRESS_CHECK': { id: 'Cek progres', en: 'Progress check' },
  'clocks.kind.CALLBACK': { id: 'Telepon balik', en: 'Call back' },
  'clocks.kind.ACKNOWLEDGE': { id: 'Jawab tangan terangkat', en: 'Answer the raised hand' },
  'clocks.due': { id: 'Jatuh tempo {time}', en: 'Due {time}' },
  'clocks.fired': { id: 'terlambat {count}×', en: 'late {count}×' },
  'clocks.left': { id: 'sisa {time}', en: '{time} left' },
  'clocks.late': { id: 'terlambat {time}', en: '{time} late' },
  'clocks.alert.PROGRESS_CHECK_OVERDUE': { id: 'Cek progres terlambat', en: 'Progress check overdue' },
  'clocks.alert.CALLBACK_OVERDUE': { id: 'Telepon balik terlambat', en: 'Call back overdue' },

  'nav.kpis': { id: 'KPI', en: 'KPIs' },
  'kpi.title': { id: 'KPI penanganan hard complaint', en: 'Hard-complaint KPIs' },
  'kpi.lead': {
    id: 'K-1 ketepatan agen, K-2 kecepatan TL, K-3 tindak lanjut tepat waktu. Hari dalam WIB.',
    en: 'K-1 agent accuracy, K-2 TL response, K-3 follow-up on time. Days in WIB.',
  },
  'kpi.from': { id: 'Dari', en: 'From' },
  'kpi.to': { id: 'Sampai', en: 'To' },
  'kpi.show': { id: 'Tampilkan', en: 'Show' },
  'kpi.period': { id: 'Periode {from} – {to}', en: 'Period {from} – {to}' },
  'kpi.none': { id: 'Belum ada data pada periode ini.', en: 'No data in this period.' },
  'kpi.agent': { id: 'Agen', en: 'Agent' },
  'kpi.cluster': { id: 'Klaster', en: 'Cluster' },
  'kpi.tlDay': { id: 'TL · hari', en: 'TL · day' },
  'kpi.median': { id: 'Median', en: 'Median' },
  'kpi.p90': { id: 'P90', en: 'P90' },
  'kpi.seconds': { id: '{s} dtk', en: '{s} s' },
  'kpi.k1.title': { id: 'K-1 Identifikasi oleh agen', en: 'K-1 Identification by agents' },
  'kpi.k1.lead': {
    id: 'Porsi penilaian hard complaint yang dikonfirmasi TL, dan yang terlewat (baru dinilai hard setelah penilaian pertama).',
    en: 'Share of hard-complaint flags the TL confirmed, and those missed (found hard only after the first assessment).',
  },
  'kpi.k1.chart': { id: 'Porsi dikonfirmasi per agen', en: 'Confirmed share per agent' },
  'kpi.k1.table': { id: 'K-1 per agen', en: 'K-1 per agent' },
  'kpi.k1.reviewed': { id: 'Ditinjau', en: 'Reviewed' },
  'kpi.k1.confirmed': { id: 'Dikonfirmasi', en: 'Confirmed' },
  'kpi.k1.overturned': { id: 'Dibatalkan', en: 'Overturned' },
  'kpi.k1.confirmedShare': { id: 'Porsi dikonfirmasi', en: 'Confirmed share' },
  'kpi.k1.missed': { id: 'Terlewat', en: 'Missed' },
  'kpi.k2.title': { id: 'K-2 Respons TL', en: 'K-2 TL response' },
  'kpi.k2.lead': {
    id: 'Detik sejak angkat tangan sampai TL mendengarkan dan sampai TL di meja agen, per TL dan hari.',
    en: 'Seconds from the raised hand to the TL listening and to the TL at the desk, per TL and day.',
  },
  'kpi.k2.listening': { id: 'Sampai mendengarkan', en: 'To listening' },
  'kpi.k2.workstation': { id: 'Sampai di meja agen', en: 'To the workstation' },
  'kpi.k2.listeningChart': {
    id: 'Detik sampai TL mendengarkan, median dan P90',
    en: 'Seconds to the TL listening, median and P90',
  },
  'kpi.k2.workstationChart': {
    id: 'Detik sampai TL di meja agen, median dan P90',
    en: 'Seconds to the TL at the desk, median and P90',
  },
  'kpi.k2.table': { id: 'K-2 per TL dan hari', en: 'K-2 per TL and day' },
  'kpi.k2.hands': { id: 'Tangan', en: 'Hands' },
  'kpi.k2.listenMedian': { id: 'Dengar median', en: 'Listen median' },
  'kpi.k2.listenP90': { id: 'Dengar P90', en: 'Listen P90' },
  'kpi.k2.deskMedian': { id: 'Meja median', en: 'Desk median' },
  'kpi.k2.deskP90': { id: 'Meja P90', en: 'Desk P90' },
  'kpi.k3.title': { id: 'K-3 Tindak lanjut tepat waktu', en: 'K-3 Follow-up on time' },
  'kpi.k3.lead': {
    id: 'Porsi cek progres dan telepon balik yang dilakukan tanpa terlambat, per TL penanganan dan hari.',
    en: 'Share of progress checks and call backs done without being late, per handling TL and day.',
  },
  'kpi.k3.chart': { id: 'Porsi tepat waktu per TL dan hari', en: 'On-time share per TL and day' },
  'kpi.k3.table': { id: 'K-3 per TL dan hari', en: 'K-3 per TL and day' },
  'kpi.k3.checks': { id: 'Cek progres tepat waktu', en: 'Progress checks on time' },
  'kpi.k3.callBacks': { id: 'Telepon balik tepat waktu', en: 'Call backs on time' },
  'kpi.k3.checksDone': { id: 'Cek progres', en: 'Progress checks' },
  'kpi.k3.checksOverdue': { id: 'Cek terlambat', en: 'Checks late' },
  'kpi.k3.callBacksDone': { id: 'Telepon balik', en: 'Call backs' },
  'kpi.k3.callBacksOverdue': { id: 'Telepon terlambat', en: 'Call backs late' },

  'nav.telkomcare': { id: 'TelkomCare', en: 'TelkomCare' },
  'tc.title': { id: 'Periksa thread TelkomCare', en: 'Check a TelkomCare thread' },
  'tc.lead': {
    id: 'Tempel pesan pelanggan, satu pesan per paragraf (pisahkan dengan baris kosong). Awali dengan jam WIB, misal "14:05 ", bila ada.',
    en: 'Paste the customer’s messages, one per paragraph (separate them with an empty line). Start with the WIB time, e.g. "14:05 ", if known.',
  },
  'tc.channel': { id: 'Kanal', en: 'Channel' },
  'tc.channel.SOCIAL': { id: 'Media sosial', en: 'Social media' },
  'tc.channel.EMAIL': { id: 'E-mail dan kanal lain', en: 'E-mail and other channels' },
  'tc.handle': { id: 'Akun (handle)', en: 'Account (handle)' },
  'tc.name': { id: 'Nama', en: 'Name' },
  'tc.followersLabel': { id: 'Jumlah pengikut', en: 'Followers' },
  'tc.bio': { id: 'Bio profil', en: 'Profile bio' },
  'tc.messages': { id: 'Pesan', en: 'Messages' },
  'tc.check': { id: 'Periksa', en: 'Check' },
  'tc.busy': { id: 'Memeriksa…', en: 'Checking…' },
  'tc.noMessages': { id: 'Tempel minimal satu pesan.', en: 'Paste at least one message.' },
  'tc.hard': { id: 'Hard complaint: {count} kriteria terpenuhi', en: 'Hard complaint: {count} criteria met' },
  'tc.notHard': {
    id: 'Belum hard complaint: {count} kriteria terpenuhi',
    en: 'Not a hard complaint: {count} criteria met',
  },
  'tc.profile': { id: 'Profil penulis', en: 'Author’s profile' },
  'tc.followers': { id: '{count} pengikut', en: '{count} followers' },
  'tc.thread': { id: 'Thread', en: 'Thread' },
  'tc.message': { id: 'Pesan {n}', en: 'Message {n}' },
  'tc.criteria': { id: 'Kriteria', en: 'Criteria' },
  'tc.met': { id: 'Terpenuhi', en: 'Met' },
  'tc.notMet': { id: 'Tidak terpenuhi', en: 'Not met' },
  'tc.corrected': { id: 'Dikoreksi petugas', en: 'Corrected by staff' },
  'tc.C-TC-1': { id: 'Menulis dengan huruf kapital dan mengeluh', en: 'Writes in capitals and complains' },
  'tc.C-TC-2': { id: 'Minimal 5 pesan dalam waktu singkat', en: 'At least 5 messages within a short span' },
  'tc.C-TC-3': { id: 'Menyebut pejabat, lembaga atau KOL', en: 'Mentions officials, bodies or KOLs' },
  'tc.C-TC-4': { id: 'Mengancam ke media massa', en: 'Threatens to go to the mass media' },
  'tc.C-TC-5': { id: 'Profil pejabat, berpengaruh atau pers', en: 'An official, influential or press profile' },
  'tc.correct': { id: 'Koreksi', en: 'Correct' },
  'tc.correctTo': { id: 'Seharusnya', en: 'Should be' },
  'tc.reason': { id: 'Alasan koreksi', en: 'Reason for the correction' },
  'tc.save': { id: 'Simpan koreksi', en: 'Save correction' },
  'tc.caseTitle': { id: 'Thread TelkomCare', en: 'TelkomCare thread' },
  'tc.pic': { id: 'PIC Ticket: {pic}', en: 'PIC Ticket: {pic}' },
  'pic.title': { id: 'Eskalasi TelkomCare saya', en: 'My TelkomCare escalations' },
  'pic.lead': {
    id: 'Hard complaint TelkomCare yang diserahkan TL kepada Anda (R-TC-3): koordinasikan dengan unit terkait, cek progres tiap jam, dan balas pelanggan.',
    en: 'TelkomCare hard complaints a TL handed to you (R-TC-3): coordinate with the related units, check progress every hour and reply to the customer.',
  },
  'pic.heldTitle': { id: 'Diserahkan kepada saya', en: 'Handed to me' },
  'pic.empty': {
    id: 'Belum ada eskalasi yang diserahkan kepada Anda.',
    en: 'No escalation has been handed to you yet.',
  },
  'pic.clocksLead': {
    id: 'Cek progres tiap jam dan balasan ke pelanggan untuk eskalasi Anda. Yang paling dekat jatuh tempo di atas.',
    en: 'Hourly progress checks and replies to the customer for your escalations. Soonest due first.',
  },
  'pic.waitingTitle': { id: 'Menunggu serah terima TL', en: 'Waiting for a TL’s hand-over' },
  'pic.waitingLead': {
    id: 'Eskalasi TelkomCare yang belum diserahkan ke PIC Ticket. Hanya untuk dibaca.',
    en: 'TelkomCare escalations not yet handed to a PIC Ticket. To read only.',
  },
  'pic.waitingEmpty': { id: 'Tidak ada.', en: 'None.' },
  'pic.criteriaMet': { id: '{count} dari 5 kriteria', en: '{count} of 5 criteria' },
  'pic.handedAt': { id: 'diserahkan {time}', en: 'handed over {time}' },
  'pic.noAction': { id: 'Tidak ada tindak lanjut yang bisa dilakukan sekarang.', en: 'No follow-up can be taken now.' },
  'offline.title': { id: 'Anda sedang offline', en: 'You are offline' },
  'offline.detail': {
    id: 'Data di layar tidak diperbarui dan bisa sudah usang; tindakan tidak dapat dikirim. Data dimuat ulang saat jaringan kembali.',
    en: 'What is on screen is not being refreshed and may be out of date; actions cannot be sent. Data reloads when the network is back.',
  },

  'cases.title': { id: 'Hard complaint', en: 'Hard complaints' },
  'cases.titleAgent': { id: 'Kasus saya', en: 'My cases' },
  'cases.filter': { id: 'Saring menurut status', en: 'Filter by status' },
  'cases.onlyHard': { id: 'Hanya hard complaint', en: 'Hard complaints only' },
  'cases.empty': { id: 'Tidak ada kasus untuk saringan ini.', en: 'No cases match this filter.' },
  'cases.count': { id: '{count} kasus', en: '{count} cases' },
  'cases.createdBy': { id: 'oleh {agent}', en: 'by {agent}' },
  'cases.new': { id: 'Kasus baru', en: 'New case' },

  'new.title': { id: 'Kasus baru', en: 'New case' },
  'new.lead': {
    id: 'Catat keluhan pelanggan dari panggilan masuk. Setelah tersimpan, isi daftar periksa hard complaint.',
    en: 'Record the complaint from the inbound call. Once saved, fill in the hard-complaint checklist.',
  },
  'new.name': { id: 'Nama pelanggan', en: 'Customer name' },
  'new.phone': { id: 'Nomor telepon', en: 'Phone number' },
  'new.phoneHint': { id: 'Contoh: 0812 3456 7890', en: 'For example: 0812 3456 7890' },
  'new.summary': { id: 'Ringkasan keluhan', en: 'Complaint summary' },
  'new.submit': { id: 'Buat kasus', en: 'Create case' },
  'new.busy': { id: 'Menyimpan…', en: 'Saving…' },

  'case.title': { id: 'Kasus', en: 'Case' },
  'case.back': { id: 'Kembali', en: 'Back' },
  'case.customer': { id: 'Pelanggan', en: 'Customer' },
  'case.phone': { id: 'Telepon', en: 'Phone' },
  'case.summary': { id: 'Keluhan', en: 'Complaint' },
  'case.cluster': { id: 'Klaster', en: 'Cluster' },
  'case.createdBy': { id: 'Agen', en: 'Agent' },
  'case.createdAt': { id: 'Dibuat', en: 'Created' },
  'case.handlingTl': { id: 'TL penanganan', en: 'Handling TL' },
  'case.none': { id: 'Belum dicatat', en: 'Not recorded' },
  'case.policy': { id: 'Keputusan kebijakan', en: 'Policy decision' },
  'case.policyNeeded': { id: 'Perlu — belum dikoordinasikan', en: 'Needed — not coordinated yet' },
  'case.policyDone': { id: 'Perlu — sudah dikoordinasikan', en: 'Needed — coordinated' },
  'case.flagReview': { id: 'Tinjauan TL', en: 'TL review' },
  'case.flag.CONFIRMED': { id: 'Dikonfirmasi', en: 'Confirmed' },
  'case.flag.OVERTURNED': { id: 'Dibatalkan', en: 'Overturned' },
  'case.finalCallBack': { id: 'Telepon balik akhir', en: 'Final call back' },
  'case.resolution': { id: 'Penyelesaian', en: 'Resolution' },
  'case.closedAt': { id: 'Ditutup', en: 'Closed' },
  'case.revision': { id: 'Revisi kebijakan', en: 'Policy revision' },
  'case.readOnly': {
    id: 'Hanya lihat: tidak ada tindakan untuk peran Anda.',
    en: 'View only: no actions for your role.',
  },
  'case.saved': { id: 'Tersimpan', en: 'Saved' },
  'case.updated': { id: 'Diperbarui {time}', en: 'Updated {time}' },

  'checklist.title': { id: 'Daftar periksa hard complaint', en: 'Hard-complaint checklist' },
  'checklist.lead': {
    id: 'Centang yang dialami pelanggan. Satu kriteria cukup (R-IN-1).',
    en: 'Tick what the customer shows. One criterion is enough (R-IN-1).',
  },
  'C-IN-1': {
    id: 'Intonasi sangat tinggi: marah, membentak, berteriak, memaki',
    en: 'Very high intonation: angry, snapping, shouting, cursing',
  },
  'C-IN-2': {
    id: 'Tidak mau lagi mendengar penjelasan prosedur dari agen',
    en: 'No longer willing to hear the agent explain the procedure',
  },
  'C-IN-3': {
    id: 'Menolak bicara dengan agen, minta TL, supervisor atau manajer',
    en: 'Refuses the agent, asks for the TL, supervisor or manager',
  },
  'C-IN-4': { id: 'Mengancam membawa kasus ke media massa', en: 'Threatens to take the case to the mass media' },
  'C-IN-5': {
    id: 'Tidak mau menutup telepon sebelum masalah selesai',
    en: 'Will not end the call until the problem is solved',
  },
  'checklist.other': { id: 'Lainnya', en: 'Other' },
  'checklist.otherReason': { id: 'Alasan lainnya', en: 'Other reason' },
  'checklist.otherNeeded': {
    id: 'Tulis alasan untuk kriteria lainnya.',
    en: 'Write the reason for the other criterion.',
  },
  'checklist.save': { id: 'Simpan penilaian', en: 'Save assessment' },
  'checklist.none': { id: 'Belum ada kriteria yang dicentang.', en: 'No criterion ticked yet.' },

  'actions.title': { id: 'Tindakan', en: 'Actions' },
  'actions.followUp': { id: 'Tindak lanjut', en: 'Follow-up' },
  'actions.busy': { id: 'Mengirim…', en: 'Sending…' },
  'action.raise-hand': { id: 'Angkat tangan', en: 'Raise hand' },
  'action.raise-hand.again': { id: 'Angkat tangan lagi', en: 'Raise hand again' },
  'action.raise-hand.takeover': {
    id: 'Pelanggan minta bicara dengan TL (minta ambil alih)',
    en: 'Customer asks for the TL (ask for a takeover)',
  },
  'action.acknowledge': { id: 'Saya mendengarkan', en: 'I am listening' },
  'action.arrive': { id: 'Saya di meja agen', en: 'I am at the agent’s desk' },
  'action.take-over': { id: 'Ambil alih', en: 'Take over' },
  'action.name-handling-tl': { id: 'Catat TL penanganan', en: 'Record handling TL' },
  'action.transfer': { id: 'Transfer ke TL', en: 'Transfer to the TL' },
  'action.serve-at-workstation': { id: 'Layani di meja agen', en: 'Serve at the workstation' },
  'action.require-policy-decision': { id: 'Perlu keputusan kebijakan', en: 'Needs a policy decision' },
  'action.coordinate': { id: 'Koordinasi', en: 'Coordinate' },
  'action.progress-check': { id: 'Cek progres', en: 'Check progress' },
  'action.call-back': { id: 'Telepon balik', en: 'Call back' },
  'action.review-flag': { id: 'Tinjau penilaian agen', en: 'Review the agent’s flag' },
  'action.close': { id: 'Tutup kasus', en: 'Close case' },
  'action.hand-over-to-pic': { id: 'Serahkan ke PIC Ticket', en: 'Hand over to a PIC Ticket' },
  'action.call-back.telkomcare': { id: 'Balas / telepon pelanggan', en: 'Reply to / call the customer' },
  'action.assess': { id: 'Simpan penilaian', en: 'Save assessment' },

  'form.tl': { id: 'Team Leader', en: 'Team Leader' },
  'form.choose': { id: '— Pilih —', en: '— Choose —' },
  'form.desk': { id: 'Meja / ekstensi', en: 'Desk / extension' },
  'form.deskRecorded': { id: 'Meja dengan rekaman suara', en: 'Desk with voice recording' },
  'form.unit': { id: 'Unit terkait', en: 'Related unit' },
  'form.note': { id: 'Catatan', en: 'Note' },
  'form.noteOptional': { id: 'Catatan (opsional)', en: 'Note (optional)' },
  'form.policyDecision': {
    id: 'Ini koordinasi keputusan kebijakan (R-IN-7)',
    en: 'This coordinates the policy decision (R-IN-7)',
  },
  'form.promised': {
    id: 'Janji penyelesaian dari unit (WIB, opsional)',
    en: 'Unit’s promised resolution (WIB, optional)',
  },
  'form.outcome': { id: 'Hasil panggilan', en: 'Call outcome' },
  'form.outcome.REACHED': { id: 'Tersambung', en: 'Reached' },
  'form.outcome.NO_ANSWER': { id: 'Tidak diangkat', en: 'No answer' },
  'form.final': {
    id: 'Telepon balik akhir: kasus selesai (R-X-1)',
    en: 'Final call back: the case is resolved (R-X-1)',
  },
  'form.followUpPlan': {
    id: 'Rencana tindak lanjut yang disampaikan ke pelanggan',
    en: 'Follow-up plan told to the customer',
  },
  'form.flag': { id: 'Penilaian agen', en: 'The agent’s flag' },
  'form.flag.confirm': { id: 'Benar hard complaint', en: 'Confirm: a hard complaint' },
  'form.flag.overturn': { id: 'Bukan hard complaint', en: 'Overturn: not a hard complaint' },
  'form.resolution': { id: 'Penyelesaian', en: 'Resolution' },
  'form.pic': { id: 'PIC Ticket', en: 'PIC Ticket' },
  'form.picHint': {
    id: 'PIC Ticket menindaklanjuti eskalasi dengan unit di dalam Telkom (R-TC-3).',
    en: 'The PIC Ticket follows the escalation up with the units inside Telkom (R-TC-3).',
  },
  'form.viaChannel': { id: 'Balas lewat kanal (tanpa meja)', en: 'Reply through the channel (no desk)' },
  'form.save': { id: 'Simpan', en: 'Save' },
  'form.required': { id: 'Wajib diisi.', en: 'Required.' },

  'desk.CLUSTER_DESK': { id: 'Meja klaster {cluster}', en: 'Cluster {cluster} desk' },
  'desk.TL_EXTENSION': { id: 'Ekstensi TL klaster {cluster}', en: 'Cluster {cluster} TL extension' },
  'desk.WORKSTATION': { id: 'Meja agen klaster {cluster}', en: 'Cluster {cluster} workstation' },
  'desk.seated': { id: 'ditempati {user}', en: 'seat of {user}' },
  'unit.COMPLAINT_HANDLING': { id: 'Complaint Handling', en: 'Complaint Handling' },
  'unit.SPV_SERVICE_OPERATION': { id: 'SPV Service Operation', en: 'SPV Service Operation' },
  'unit.MANAGER': { id: 'Manajer', en: 'Manager' },
  'unit.LIAISON_OFFICER': { id: 'Liaison Officer', en: 'Liaison Officer' },
  'unit.OTHER': { id: 'Unit lain', en: 'Other unit' },

  'timeline.title': { id: 'Riwayat', en: 'Timeline' },
  'timeline.lead': {
    id: 'Terbaru di atas. Setiap langkah tercatat dan tidak bisa diubah.',
    en: 'Newest first. Every step is recorded and cannot be changed.',
  },
  'timeline.by': { id: 'oleh {actor}', en: 'by {actor}' },
  'event.CASE_CREATED': { id: 'Kasus dibuat', en: 'Case created' },
  'event.CASE_ASSESSED': { id: 'Daftar periksa diisi', en: 'Checklist filled in' },
  'event.HAND_RAISED': { id: 'Angkat tangan', en: 'Hand raised' },
  'event.TL_LISTENING': { id: 'TL mendengarkan', en: 'TL listening' },
  'event.TL_ARRIVED': { id: 'TL di meja agen', en: 'TL at the desk' },
  'event.HANDLING_TL_NAMED': { id: 'TL penanganan dicatat', en: 'Handling TL recorded' },
  'event.CALL_TAKEN_OVER': { id: 'Panggilan diambil alih', en: 'Call taken over' },
  'event.POLICY_DECISION_REQUIRED': { id: 'Perlu keputusan kebijakan', en: 'Policy decision needed' },
  'event.UNIT_COORDINATED': { id: 'Koordinasi dengan unit', en: 'Coordinated with a unit' },
  'event.PROGRESS_CHECKED': { id: 'Cek progres', en: 'Progress checked' },
  'event.CALL_BACK_MADE': { id: 'Telepon balik', en: 'Called back' },
  'event.CALL_TRANSFERRED': { id: 'Panggilan ditransfer', en: 'Call transferred' },
  'event.SERVED_AT_WORKSTATION': { id: 'Dilayani di meja agen', en: 'Served at the workstation' },
  'event.FLAG_CONFIRMED': { id: 'Hard complaint dikonfirmasi', en: 'Hard complaint confirmed' },
  'event.FLAG_OVERTURNED': { id: 'Hard complaint dibatalkan', en: 'Hard complaint overturned' },
  'event.CASE_CLOSED': { id: 'Kasus ditutup', en: 'Case closed' },
  'event.ESCALATION_REROUTED': { id: 'Eskalasi dialihkan', en: 'Escalation re-routed' },
  'event.PROGRESS_CHECK_OVERDUE': { id: 'Cek progres terlambat', en: 'Progress check overdue' },
  'event.CALLBACK_OVERDUE': { id: 'Telepon balik terlambat', en: 'Call back overdue' },
  'event.TELKOMCARE_MESSAGE_RECEIVED': { id: 'Pesan TelkomCare masuk', en: 'TelkomCare message received' },
  'event.TELKOMCARE_ASSESSED': { id: 'Thread dinilai (R-TC-1)', en: 'Thread judged (R-TC-1)' },
  'event.TELKOMCARE_CRITERION_CORRECTED': { id: 'Kriteria dikoreksi', en: 'Criterion corrected' },
  'event.PIC_ASSIGNED': { id: 'Diserahkan ke PIC Ticket', en: 'Handed to a PIC Ticket' },
  'detail.criteria': { id: 'Kriteria', en: 'Criteria' },
  'detail.otherReason': { id: 'Lainnya', en: 'Other' },
  'detail.hardYes': { id: 'Hard complaint', en: 'Hard complaint' },
  'detail.hardNo': { id: 'Bukan hard complaint', en: 'Not a hard complaint' },
  'detail.targetTl': { id: 'Untuk', en: 'To' },
  'detail.routing': { id: 'Rute', en: 'Routing' },
  'detail.tl': { id: 'TL', en: 'TL' },
  'detail.unit': { id: 'Unit', en: 'Unit' },
  'detail.policyDecision': { id: 'Keputusan kebijakan', en: 'Policy decision' },
  'detail.promisedResolutionAt': { id: 'Janji selesai', en: 'Promised by' },
  'detail.deskId': { id: 'Meja', en: 'Desk' },
  'detail.outcome': { id: 'Hasil', en: 'Outcome' },
  'detail.final': { id: 'Akhir', en: 'Final' },
  'detail.note': { id: 'Catatan', en: 'Note' },
  'detail.followUpPlan': { id: 'Rencana', en: 'Plan' },
  'detail.resolution': { id: 'Penyelesaian', en: 'Resolution' },
  'detail.reason': { id: 'Alasan', en: 'Reason' },
  'detail.dueAt': { id: 'Jatuh tempo', en: 'Due' },
  'detail.yes': { id: 'Ya', en: 'Yes' },
  'detail.no': { id: 'Tidak', en: 'No' },
  'detail.takeover': { id: 'Minta ambil alih', en: 'Takeover requested' },
  'detail.pic': { id: 'PIC Ticket', en: 'PIC Ticket' },
  'detail.text': { id: 'Pesan', en: 'Message' },
  'detail.postedAt': { id: 'Dikirim', en: 'Posted' },
  'detail.externalId': { id: 'ID pesan', en: 'Message id' },
  'detail.criterion': { id: 'Kriteria', en: 'Criterion' },
  'detail.met': { id: 'Terpenuhi', en: 'Met' },
  'detail.detected': { id: 'Terdeteksi otomatis', en: 'Detected' },
  'detail.via': { id: 'Lewat', en: 'Via' },
  'detail.source': { id: 'Sumber', en: 'Source' },
  'detail.from': { id: 'Dari', en: 'From' },
  'detail.author': { id: 'Penulis', en: 'Author' },
  'detail.inReplyTo': { id: 'Membalas', en: 'In reply to' },
  'detail.criteriaMet': { id: 'Kriteria terpenuhi', en: 'Criteria met' },
};

const STORAGE_KEY = 'sigap.lang';
let lang = readLang();

function readLang() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function getLang() {
  return lang;
}

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'id';
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang;
}

/** The message for key in the current language, with {placeholders} filled from vars. */
export function t(key, vars = {}) {
  const entry = messages[key];
  const text = entry ? (entry[lang] ?? entry.id) : key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

export function has(key) {
  return key in messages;
}

/** The BCP 47 locale for dates and numbers. */
export function locale() {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}
