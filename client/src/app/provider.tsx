import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { queryClient } from "../lib/trpc.ts";
import { router } from "./router.tsx";

/**
 * sonner's toaster is not needed to draw the first page: it comes in a chunk of its own,
 * fetched as the app starts, and shows nothing until a toast is raised (one raised before
 * it is in shows as soon as it is: sonner keeps them).
 */
const Toaster = lazy(() => import("sonner").then(({ Toaster }) => ({ default: Toaster })));

/** Toasts stand at the bottom of the end side (the left in Arabic) and read in the page's direction. */
function DirectionalToaster() {
  const dir = useTranslation().i18n.dir();
  return <Toaster position={dir === "rtl" ? "bottom-left" : "bottom-right"} dir={dir} richColors closeButton />;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Suspense fallback={null}>
        <DirectionalToaster />
      </Suspense>
    </QueryClientProvider>
  );
}
