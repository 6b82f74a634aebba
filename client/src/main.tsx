import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./lib/i18n.ts";
import "sonner/dist/styles.css";
import "./styles.css";
import { App } from "./app/provider.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
