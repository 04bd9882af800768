// The address of a candidate's own applications page, as the emails about their applications and interviews carry
// it (pipeline/ and interviews/ both write such emails).
import { env } from "~/env.server";

export const applicationsLink = () => `${env.appUrl}/applications`;
