<fmt:message key="transfer.noteTitle" var="title"/>
<t:layout title="${title} ${transfer.reference}" active="mutasi">
<div class="receipt-tools no-print">
    <a class="btn" href="<c:url value='/mutasi'/>"><fmt:message key="transfer.title"/></a>
    <button type="button" class="btn btn-primary" id="print-receipt"><fmt:message key="receipt.print"/></button>
    <label><fmt:message key="receipt.paper"/>
        <select id="paper">
            <option value="paper-a4">A4</option>
            <option value="paper-80">80 mm</option>
        </select>
    </label>
</div>
<c:if test="${canReceive}">
    <form class="card receive-form no-print" id="receive-form" method="post" action="<c:url value='/mutasi/terima'/>">
        <t:csrf/><input type="hidden" name="id" value="<c:out value='${transfer.id}'/>">
        <p><fmt:message key="transfer.receiveHint"/></p>
        <t:field name="note" label="transfer.receiveNote">
            <input id="f-note" name="note" maxlength="500">
        </t:field>
        <button type="submit" class="btn btn-primary" id="receive-button"><fmt:message key="transfer.receive"/></button>
    </form>
</c:if>
<article class="receipt surat-jalan paper-a4" id="receipt" data-cart-store="cermin.transfer"
         data-paper-store="cermin.paper.transfer" data-sale-key="<c:out value='${transfer.idempotencyKey}'/>">
    <header>
        <h1><c:out value="${letterhead.name()}"/></h1>
        <c:if test="${not empty letterhead.address()}"><p><c:out value="${letterhead.address()}"/></p></c:if>
        <c:if test="${not empty letterhead.phone()}"><p><c:out value="${letterhead.phone()}"/></p></c:if>
    </header>
    <h2 class="doc-title"><fmt:message key="transfer.noteTitle"/></h2>
    <table class="doc-meta">
        <tr><th><fmt:message key="transfer.reference"/></th><td id="note-reference"><c:out value="${transfer.reference}"/></td></tr>
        <tr><th><fmt:message key="transfer.sentAt"/></th><td><c:out value="${cermin:dateTime(transfer.sentAt)}"/></td></tr>
        <tr><th><fmt:message key="transfer.from"/></th><td id="note-from"><c:out value="${empty from ? transfer.fromStore : from.label}"/></td></tr>
        <tr><th><fmt:message key="transfer.toLabel"/></th><td id="note-to"><c:out value="${empty to ? transfer.toStore : to.label}"/>
            <c:if test="${not empty to.address}"><br><c:out value="${to.address}"/></c:if></td></tr>
        <tr><th><fmt:message key="transfer.sentBy"/></th><td><c:out value="${sentBy}"/></td></tr>
    </table>
    <table class="doc-lines" id="note-lines">
        <thead><tr><th class="num"><fmt:message key="transfer.no"/></th><th><fmt:message key="transfer.product"/></th>
            <th class="num"><fmt:message key="transfer.qty"/></th><th><fmt:message key="transfer.unit"/></th></tr></thead>
        <tbody>
        <c:forEach items="${transfer.lines}" var="line">
            <tr><td class="num"><c:out value="${line.lineNo}"/></td><td class="item"><c:out value="${line.productName}"/></td>
                <td class="num"><c:out value="${cermin:qty(line.quantity)}"/></td><td><c:out value="${line.unitCode}"/></td></tr>
        </c:forEach>
        </tbody>
    </table>
    <c:if test="${not empty transfer.note}"><p class="doc-note"><fmt:message key="transfer.note"/>: <c:out value="${transfer.note}"/></p></c:if>
    <p class="doc-status" id="note-status">
        <c:choose>
            <c:when test="${empty receipt}"><fmt:message key="transfer.inTransit"/></c:when>
            <c:otherwise><fmt:message key="transfer.received"><fmt:param value="${cermin:dateTime(receipt.receivedAt)}"/></fmt:message>
                · <fmt:message key="transfer.receivedBy"/> <c:out value="${receivedBy}"/>
                <c:if test="${not empty receipt.note}"> · <c:out value="${receipt.note}"/></c:if></c:otherwise>
        </c:choose>
    </p>
    <table class="signatures">
        <tr><td><fmt:message key="transfer.signSender"/></td><td><fmt:message key="transfer.signCarrier"/></td><td><fmt:message key="transfer.signReceiver"/></td></tr>
        <tr class="sign-space"><td></td><td></td><td></td></tr>
    </table>
</article>
<script src="<c:url value='/static/js/paper.js'/>"></script>
<script src="<c:url value='/static/js/receipt.js'/>"></script>
</t:layout>
