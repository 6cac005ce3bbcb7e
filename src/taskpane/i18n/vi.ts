/** Vietnamese: the pane's first language. Every key here must exist in en.ts (the type checks it). */
export const vi = {
  appTitle: 'Theo dõi Kế hoạch',
  appSubtitle: 'Nhiệm vụ, thời hạn và báo cáo tiến độ',
  starting: 'Đang khởi động…',
  outsideExcelTitle: 'Đang chạy ngoài Excel',
  outsideExcelBody:
    'Trang này không chạy trong Excel nên không thể ghi vào bảng tính đang mở. Bạn vẫn có thể dùng bản xem trước: các lệnh chạy trên một bảng tính tạm trong trình duyệt và có thể tải xuống tệp .xlsx.',
  openPreview: 'Mở bản xem trước',
  sideloadHint: 'Để dùng trong Excel: Trang đầu > Phần bổ trợ > Thiết đặt khác > Tải lên Phần bổ trợ của tôi, rồi chọn tệp manifest.xml.',
  currentPlan: 'Kế hoạch đang dùng',
  planPending: 'chưa tải vào sổ tính',
  planDefault: 'sổ tính chưa có kế hoạch, dùng kế hoạch mặc định',
  tasksWord: 'nhiệm vụ',
  openImport: 'Nhập kế hoạch khác…',
  closeImport: 'Đóng nhập kế hoạch',
  languageLabel: 'Ngôn ngữ',
};
