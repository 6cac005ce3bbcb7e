const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const { localhostManifestWarning, withProductionUrl } = require('./scripts/manifest-url');
const { devServerHttps } = require('./scripts/dev-certs');

/** pdf.js ships its worker minified: marked so, webpack does not minify its 1.4 MB again (~15 s for 4%). */
class PdfWorkerIsMinified {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PdfWorkerIsMinified', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'PdfWorkerIsMinified', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, () => {
        for (const asset of compilation.getAssets()) {
          if (/^chunks\/pdf\.worker\./.test(asset.name)) compilation.updateAsset(asset.name, asset.source, { minimized: true });
        }
      });
    });
  }
}

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const localhostWarning = localhostManifestWarning(argv.mode, process.env.ADDIN_PRODUCTION_URL);
  if (localhostWarning) console.warn(localhostWarning);
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/index.ts',
      message: './src/commands/message.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      module: true,
      clean: true,
    },
    experiments: { outputModule: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      // One JSZip: ExcelJS from its sources (src/browser-shims/exceljs.js), mammoth from lib/ (its
      // package.json maps the Node-only files to browser ones), both on node_modules/jszip.
      alias: { exceljs$: path.resolve(__dirname, 'src/browser-shims/exceljs.js') },
      // What ExcelJS's sources need of Node in a browser: streams, events and Buffer from their npm
      // ports; files and encryption never (the pane neither reads paths nor protects sheets).
      fallback: {
        fs: false,
        path: false,
        crypto: false,
        zlib: false,
        stream: require.resolve('readable-stream'),
        events: require.resolve('events/'),
        buffer: require.resolve('buffer/'),
        string_decoder: require.resolve('string_decoder/'),
        // Only fast-csv's CSV writer (never used here) calls util.promisify.
        util: false,
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ESM output lets webpack tree-shake Fluent UI; a CommonJS emit makes an 18 MB bundle.
            options: { transpileOnly: true, compilerOptions: { module: 'ESNext', sourceMap: dev } },
          },
        },
        { test: /\.(png|svg)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
        {
          // pdf.js's worker, started by pdf.js itself from the URL the pane gives it: emitted as is,
          // with a .js name so that every web server (IIS too) sends it with a JavaScript type.
          test: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.min\.mjs$/,
          type: 'asset/resource',
          generator: { filename: 'chunks/pdf.worker.[contenthash:8].js' },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new PdfWorkerIsMinified(),
      new (require('webpack').ProvidePlugin)({ Buffer: ['buffer', 'Buffer'], process: path.resolve(__dirname, 'src/browser-shims/process.js') }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        // Plain HTML: the default lodash template loader uses `with`, which ESM output rejects.
        templateContent: fs.readFileSync('./src/taskpane/taskpane.html', 'utf8'),
        chunks: ['taskpane'],
        scriptLoading: 'module',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        templateContent: fs.readFileSync('./src/commands/commands.html', 'utf8'),
        chunks: ['commands'],
        scriptLoading: 'module',
      }),
      new HtmlWebpackPlugin({
        // The dialog a failed ribbon command opens (src/commands/message-url.ts).
        filename: 'message.html',
        templateContent: fs.readFileSync('./src/commands/message.html', 'utf8'),
        chunks: ['message'],
        scriptLoading: 'module',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The manifest's SupportUrl and LearnMoreUrl.
          { from: 'src/help/help.html', to: 'help.html' },
          // The <script nomodule> of both pages: hand-written ES5, so neither ts-loader nor webpack touches it.
          { from: 'src/legacy/unsupported-webview.js', to: 'legacy/unsupported-webview.js' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // ADDIN_PRODUCTION_URL: where the add-in is served from, e.g. https://planner.example.vn/plan-tracker/
            transform: (content) => (dev ? content : withProductionUrl(content.toString(), process.env.ADDIN_PRODUCTION_URL)),
          },
        ],
      }),
    ],
    devServer: dev
      ? {
          port: DEV_PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: env.WEBPACK_SERVE ? await devServerHttps() : undefined },
          static: { directory: path.resolve(__dirname, 'dist') },
          // https://localhost:3000/ is the pane, as a developer types it.
          setupMiddlewares: (middlewares) => [
            { name: 'pane-at-root', path: '/', middleware: (req, res, next) => (req.path === '/' ? res.redirect(302, '/taskpane.html') : next()) },
            ...middlewares,
          ],
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
