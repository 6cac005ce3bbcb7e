/**
 * A failing ribbon command shows the pane's words in message.html through a stand-in for
 * office.js's dialog API (the few members message-dialog.ts uses), and completes its event once,
 * whether the dialog opens, fails to open, or the API is missing.
 */
import { commandHandlers } from '../../src/commands/commands';
import { showInDialog } from '../../src/commands/message-dialog';
import { readMessage } from '../../src/commands/message-url';
import { MemoryWorkbook } from '../../src/workbook/memory';

const COMMANDS_PAGE = 'https://localhost:3000/commands.html';
const TABLE_MISSING_VI = 'Không tìm thấy bảng "PT_Tasks (Nhiệm vụ)". Bảng có thể đã bị xóa hoặc đổi tên; hãy chạy "Tải kế hoạch" để tạo lại.';
const UNEXPECTED_VI = 'Đã xảy ra lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn tác vụ. Nếu thấy trang tính thiếu dữ liệu, đừng lưu đè tệp.';

type Opening = 'opens' | 'fails' | 'throws' | 'unsupported';

/** Installs a global Office whose dialog behaves as `opening` says; records what was asked. */
function fakeOffice(opening: Opening) {
  const opened: { url: string; options: unknown }[] = [];
  let closeDialog: (() => void) | undefined;
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogEventReceived: 'dialogEventReceived' },
    context: {
      requirements: { isSetSupported: (name: string) => opening !== 'unsupported' && name === 'DialogApi' },
      ui: {
        displayDialogAsync(url: string, options: unknown, callback: (result: unknown) => void) {
          opened.push({ url, options });
          if (opening === 'throws') throw new Error('no dialog here');
          if (opening === 'fails') {
            callback({ status: 'failed', error: { code: 12007, message: 'A dialog is already open.' } });
            return;
          }
          callback({
            status: 'succeeded',
            value: {
              addEventHandler(type: string, handler: (arg: { error: number }) => void) {
                if (type === 'dialogEventReceived') closeDialog = () => handler({ error: 12006 });
              },
            },
          });
        },
      },
    },
  };
  (globalThis as { Office?: unknown }).Office = office;
  return { opened, close: () => closeDialog?.() };
}

/** The handlers on an empty workbook (no tasks table), reporting through the dialog. */
function handlersOn(port: () => MemoryWorkbook = () => new MemoryWorkbook()) {
  return commandHandlers({ port, today: () => '2019-03-01', report: (words) => showInDialog(words, COMMANDS_PAGE) });
}

function countingEvent() {
  const event = { count: 0, completed: () => { event.count += 1; } };
  return event;
}

/** Lets the handler run until it has asked for a dialog (a few turns of the event loop at most). */
async function untilOpened(opened: unknown[]) {
  for (let turn = 0; turn < 100 && opened.length === 0; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

let consoleError: jest.SpyInstance;
beforeEach(() => { consoleError = jest.spyOn(console, 'error').mockImplementation(() => {}); });
afterEach(() => {
  consoleError.mockRestore();
  delete (globalThis as { Office?: unknown }).Office;
});

describe('a failing ribbon command', () => {
  it("opens message.html with the pane's Vietnamese words for the error and completes once the planner closes it", async () => {
    const office = fakeOffice('opens');
    const event = countingEvent();
    const running = handlersOn().summarizePlan(event);
    await untilOpened(office.opened);
    expect(office.opened).toHaveLength(1);
    const url = new URL(office.opened[0].url);
    expect(url.origin + url.pathname).toBe('https://localhost:3000/message.html');
    expect(readMessage(url.search)).toEqual({ title: 'Chưa thực hiện được', message: TABLE_MISSING_VI });
    expect(office.opened[0].options).toEqual({ height: 30, width: 35, displayInIframe: true });
    expect(event.count).toBe(0);
    office.close();
    await running;
    expect(event.count).toBe(1);
  });

  it("shows the pane's 'unexpected' words for an error that is no WorkbookError", async () => {
    const office = fakeOffice('opens');
    const running = handlersOn(() => { throw new TypeError('boom'); }).validatePlan(countingEvent());
    await untilOpened(office.opened);
    office.close();
    await running;
    expect(readMessage(new URL(office.opened[0].url).search).message).toBe(UNEXPECTED_VI);
  });

  it.each<Opening>(['fails', 'throws'])('completes once, with the words on the console, when the dialog %s', async (opening) => {
    const office = fakeOffice(opening);
    const event = countingEvent();
    await handlersOn().summarizePlan(event);
    expect(office.opened).toHaveLength(1);
    expect(event.count).toBe(1);
    expect(consoleError.mock.calls[0][0]).toBe(`${TABLE_MISSING_VI} / Table "PT_Tasks (Nhiệm vụ)" not found. It may have been deleted or renamed; run "Load plan" to recreate it.`);
  });

  it('completes once without a dialog where DialogApi is not supported', async () => {
    const office = fakeOffice('unsupported');
    const event = countingEvent();
    await handlersOn().summarizePlan(event);
    expect(office.opened).toEqual([]);
    expect(event.count).toBe(1);
  });
});

describe('a ribbon command that succeeds', () => {
  it('opens no dialog, logs nothing and completes once', async () => {
    const office = fakeOffice('opens');
    const event = countingEvent();
    await handlersOn().loadPlan(event);
    expect(office.opened).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(event.count).toBe(1);
  });
});
