/* Bahasa Indonesia for PrimeFaces widgets. Java 17 names the language "id"; PrimeFaces only ships the legacy "in". */
if (window.PrimeFaces) {
  PrimeFaces.locales["id"] = {
    accept: "Ya", reject: "Tidak", apply: "Terapkan", cancel: "Batal", choose: "Pilih", clear: "Hapus",
    close: "Tutup", today: "Hari ini", weekHeader: "Mg", filter: "Saring", noFilter: "Tanpa saring",
    emptyMessage: "Tidak ada pilihan", emptyFilterMessage: "Tidak ada hasil", emptySearchMessage: "Tidak ada hasil",
    contains: "Mengandung", notContains: "Tidak mengandung", startsWith: "Diawali", endsWith: "Diakhiri",
    equals: "Sama dengan", notEquals: "Tidak sama dengan", lt: "Kurang dari", lte: "Kurang dari atau sama",
    gt: "Lebih dari", gte: "Lebih dari atau sama", dateIs: "Tanggal", dateIsNot: "Bukan tanggal",
    dateBefore: "Sebelum tanggal", dateAfter: "Sesudah tanggal",
    dayNames: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
    dayNamesShort: ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"],
    dayNamesMin: ["Mg", "Sn", "Sl", "Rb", "Km", "Jm", "Sb"],
    monthNames: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    monthNamesShort: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    firstDayOfWeek: 1, dateFormat: "dd/mm/yy", am: "AM", pm: "PM",
    prevText: "Sebelumnya", nextText: "Berikutnya", currentText: "Sekarang", isRTL: false
  };
}
