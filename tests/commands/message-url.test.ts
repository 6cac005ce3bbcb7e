import { messageUrl, readMessage } from '../../src/commands/message-url';

describe('dialog message address', () => {
  it('puts message.html next to the commands page and carries Vietnamese words intact', () => {
    const words = { title: 'Chưa thực hiện được', message: 'Không tìm thấy bảng "PT_Tasks". Hãy chạy "Tải kế hoạch" & thử lại?' };
    const url = new URL(messageUrl('https://planner.example.vn/plan-tracker/commands.html', words));
    expect(url.origin + url.pathname).toBe('https://planner.example.vn/plan-tracker/message.html');
    expect(readMessage(url.search)).toEqual(words);
  });

  it('reads an address without words as empty words', () => {
    expect(readMessage('')).toEqual({ title: '', message: '' });
  });
});
