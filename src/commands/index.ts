/** Entry of commands.html: registers the ribbon's ExecuteFunction commands once Office is ready. */
import { registerCommands } from './commands';

Office.onReady(() => registerCommands());
