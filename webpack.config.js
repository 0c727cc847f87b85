// The add-in's build: the task pane, the ribbon's function file and its message dialog, with the
// manifest and icons copied beside them. `npm start` serves it on https://localhost:3000 (Office
// requires https), `npm run build` writes a production bundle to dist/addin/.

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { devCertificates } = require("./scripts/dev-certs.cjs");
const { manifestFor } = require("./scripts/manifest-url.cjs");

const PORT = 3000;

module.exports = async (_env, argv) => {
  const dev = argv.mode !== "production";
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, scriptLoading: "defer" });
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist/addin"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // exceljs names Node built-ins it only uses in Node; the browser build leaves them out.
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.build.json" } },
        },
      ],
    },
    performance: { hints: false }, // the bundle budget is measured by `npm run bench`, not here
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("commands", "./src/commands/commands.html", ["commands"]),
      page("dialog", "./src/commands/dialog.html", ["dialog"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content.toString("utf8"), process.env.MALEKORT_URL),
          },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: dev ? { type: "https", options: await devCertificates() } : undefined,
      static: false,
      hot: false,
      client: { overlay: false },
    },
  };
};
