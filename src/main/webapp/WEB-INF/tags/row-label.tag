<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="A mirrored row in the owner's words: 'Transaksi nota 20261203-S1-0001', 'Barang Semen 40 kg'." %>
<%@ attribute name="label" required="true" type="id.cermin.mirror.web.RowLabel" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<fmt:message key="${label.key()}" var="labelText"><c:forEach items="${label.arguments()}" var="argument"><fmt:param value="${argument}"/></c:forEach></fmt:message>
<c:out value="${labelText}"/>
