/**
 * Runs `task` in a task of its own once the browser has drawn its next frame, so it neither lengthens the task in
 * progress (on a page load, the one that hydrates) nor delays that paint; returns the cancel. For work a page does
 * right after hydrating that no one is waiting for: Lighthouse counts every task over 50 ms as blocking, and two
 * short tasks block less than their sum in one (docs/performance.md).
 */
export function afterFrame(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
