// Any address we do not know: a 404 drawn by the root error boundary, in the visitor's language.
export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
